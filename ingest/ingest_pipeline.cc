#include "kg/ingest_pipeline.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "kg/document_reader.h"

namespace kg {
namespace {

// One source item on its way to the store.
struct Work {
  SourceItem item;
  Extraction extraction;
  std::string content_hash;
};

// Reading and extraction on worker threads; results wait in `done_` until the writer takes them
// in order. The destructor stops and joins the workers, so an early return cannot leak threads.
class Workers {
 public:
  Workers(DocumentSource& source, const Extractor& extractor, unsigned threads,
          std::size_t max_in_flight)
      : source_(source), extractor_(extractor), max_in_flight_(max_in_flight) {
    for (unsigned i = 0; i < threads; ++i)
      threads_.emplace_back([this] { Run(); });
  }

  ~Workers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopped_ = true;
    }
    room_.notify_all();
    for (std::thread& thread : threads_)
      thread.join();
  }

  // The next item in input order, or nullopt once the source is exhausted and all is taken.
  std::optional<Work> Take() {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_.wait(
        lock, [&] { return done_.count(next_take_) > 0 || (exhausted_ && next_take_ == total_); });
    auto node = done_.extract(next_take_);
    if (node.empty()) return std::nullopt;
    ++next_take_;
    --in_flight_;
    room_.notify_one();
    return std::move(node.mapped());
  }

 private:
  void Run() {
    for (;;) {
      {
        // Reserve room for one more item before reading it.
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] { return stopped_ || exhausted_ || in_flight_ < max_in_flight_; });
        if (stopped_ || exhausted_) return;
        ++in_flight_;
      }
      // Reading is sequential, under its own lock, so a source waiting for input (a pipe) does
      // not keep the writer from storing what was already read.
      std::unique_lock<std::mutex> reading(read_mutex_);
      std::optional<SourceItem> item = exhausted_source_ ? std::nullopt : source_.Next();
      if (!item) {
        exhausted_source_ = true;
        const std::uint64_t total = next_read_;
        reading.unlock();
        std::lock_guard<std::mutex> lock(mutex_);
        --in_flight_;
        exhausted_ = true;
        total_ = total;
        room_.notify_all();
        ready_.notify_all();
        return;
      }
      const std::uint64_t sequence = next_read_++;
      reading.unlock();
      Work work{std::move(*item), {}, {}};
      if (work.item.document.ok()) {
        work.extraction = extractor_.Extract(*work.item.document);
        work.content_hash = ContentHash(*work.item.document);
      }
      std::lock_guard<std::mutex> lock(mutex_);
      done_.emplace(sequence, std::move(work));
      ready_.notify_all();
    }
  }

  DocumentSource& source_;
  const Extractor& extractor_;
  const std::size_t max_in_flight_;
  std::mutex read_mutex_;  // guards source_, next_read_ and exhausted_source_
  std::uint64_t next_read_ = 0;
  bool exhausted_source_ = false;
  std::mutex mutex_;               // guards the rest
  std::condition_variable room_;   // a worker may read another item
  std::condition_variable ready_;  // the writer's next item may be there
  std::map<std::uint64_t, Work> done_;
  std::uint64_t next_take_ = 0;
  std::uint64_t total_ = 0;  // items read, once exhausted_
  std::size_t in_flight_ = 0;
  bool exhausted_ = false;
  bool stopped_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

Status RunIngestPipeline(DocumentSource& source, const Extractor& extractor, Store& store,
                         const IngestPipelineOptions& options,
                         const std::function<void(const IngestedDocument&)>& on_document) {
  const unsigned threads =
      options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t max_in_flight =
      options.max_in_flight > 0 ? options.max_in_flight : std::size_t{4} * threads;
  Workers workers(source, extractor, threads, max_in_flight);
  while (std::optional<Work> work = workers.Take()) {
    if (!work->item.document.ok()) {
      on_document(IngestedDocument{work->item});
      continue;
    }
    Result<IngestOutcome> outcome =
        store.IngestDocument(work->extraction, work->content_hash, options.replace);
    if (!outcome.ok()) return outcome.status();
    on_document(IngestedDocument{work->item, &work->extraction, *outcome});
  }
  return Status::Ok();
}

}  // namespace kg
