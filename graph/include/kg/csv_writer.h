// CSV export for Neo4j's bulk importer (neo4j-admin database import), also read by `kg import`.
//
// Writes two files into a directory:
//   nodes.csv  id:ID,name,type:LABEL,aliases,mention_count:int,first_seen,last_seen
//   edges.csv  :START_ID,:END_ID,:TYPE,count:int,imported:int,weight:double,first_date,last_date,
//              modalities,evidence,documents
// Ids are "n<entity id>" as in the other exports; aliases, modalities and documents are JSON
// lists in one string field. Fields holding a comma, quote, CR or LF are quoted with "" for ".
// (neo4j-admin needs --multiline-fields=true for names with line breaks.) Empty fields are
// empty. Each file is written to "<name>.partial" and renamed when complete.
#pragma once

#include <string>

#include "kg/graph_selection.h"
#include "kg/status.h"

namespace kg {

Result<ExportCounts> WriteCsv(const GraphSelection& graph, const std::string& directory);

}  // namespace kg
