// IngestPipeline: documents from a source, extracted on many threads, stored by one writer.
//
// Worker threads take documents from the source in input order, extract them and hash their
// content; the calling thread is the only writer and stores the results strictly in input order,
// so entity and document ids come out the same as with one thread. At most `max_in_flight`
// documents are between the source and the store at any time, whatever the corpus size.
//
// `on_document` is called on the calling thread once per source item, in input order, after the
// item is stored (or failed). A document that could not be read is reported there and skipped;
// a store error stops the pipeline and is returned.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "kg/document_source.h"
#include "kg/extractor.h"
#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct IngestPipelineOptions {
  unsigned threads = 0;           // extraction threads; 0: one per hardware thread
  std::size_t max_in_flight = 0;  // 0: four per extraction thread
  bool replace = false;           // replace stored documents of the same id and other content
};

// What happened to one source item.
struct IngestedDocument {
  const SourceItem& item;  // item.document holds the document or why it was not read
  const Extraction* extraction = nullptr;  // set when the document was stored
  IngestOutcome outcome = IngestOutcome::kUnchanged;
};

Status RunIngestPipeline(DocumentSource& source, const Extractor& extractor, Store& store,
                         const IngestPipelineOptions& options,
                         const std::function<void(const IngestedDocument&)>& on_document);

}  // namespace kg
