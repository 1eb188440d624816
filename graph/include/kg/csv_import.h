// Reading a graph from two CSV files (nodes and edges) for Store::Import.
//
// Columns are found by their header, so both of these work (docs/export.md has the details):
//  - kg's own CSV export, in Neo4j's bulk-import header format
//    (id:ID,name,type:LABEL,aliases,mention_count:int,... and
//    :START_ID,:END_ID,:TYPE,count:int,...);
//  - a plain edge list `src,dst,rel[,weight]` with nodes `id,name,type`.
// Node ids are opaque strings that edges refer to. Types are matched case-insensitively:
// PERSON/PER; ORG/ORGANIZATION/ORGANISATION/NORP; GPE; LOC/LOCATION/FAC. Any other type becomes
// `unknown_type` and is counted in the report. Unknown columns are ignored; a missing name is the
// node's id; a missing count is 1. Errors name the file and line.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "kg/status.h"
#include "kg/store.h"

namespace kg {

struct CsvImportOptions {
  EntityType unknown_type = EntityType::kOrg;
  // Threads reading an edge file without quotes, in as many parts; 0: one per core.
  std::size_t threads = 0;
};

struct CsvImportReport {
  std::map<std::string, std::uint64_t> retyped;  // type outside kg's -> nodes given unknown_type
};

Result<ImportGraph> ReadCsvGraph(const std::string& nodes_path, const std::string& edges_path,
                                 const CsvImportOptions& options, CsvImportReport* report);

// kg's type for a type label from another tool (see above); false when there is none.
bool MapEntityLabel(std::string_view label, EntityType* type);

}  // namespace kg
