#include "kg/svg_writer.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <sstream>

#include "kg/dot_writer.h"

namespace kg {
namespace {

struct ContextCloser {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};
struct GraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};

}  // namespace

Result<ExportCounts> WriteSvg(const GraphSelection& graph, std::ostream& out) {
  if (graph.node_count() > kMaxSvgNodes) {
    return Status::InvalidArgument("an SVG drawing needs a selection of at most " +
                                   std::to_string(kMaxSvgNodes) +
                                   " nodes; choose one with --around NAME --depth N");
  }
  std::ostringstream dot;
  Result<ExportCounts> counts = WriteDot(graph, dot);
  if (!counts.ok()) return counts;

  std::unique_ptr<GVC_t, ContextCloser> context(gvContext());
  std::unique_ptr<Agraph_t, GraphCloser> drawing(agmemread(dot.str().c_str()));
  if (context == nullptr || drawing == nullptr) {
    return Status::Corruption("Graphviz could not read the generated DOT");
  }
  if (gvLayout(context.get(), drawing.get(), "dot") != 0) {
    return Status::NotSupported(
        "Graphviz has no 'dot' layout (is the graphviz package installed?)");
  }
  char* svg = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(context.get(), drawing.get(), "svg", &svg, &length);
  if (rendered == 0 && svg != nullptr) out.write(svg, length);
  gvFreeRenderData(svg);
  gvFreeLayout(context.get(), drawing.get());
  if (rendered != 0) return Status::NotSupported("Graphviz could not render SVG");
  out.flush();
  if (!out) return Status::IOError("could not write the SVG");
  return counts;
}

}  // namespace kg
