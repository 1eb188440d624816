#include "kg/shortest_path.h"

#include <algorithm>
#include <unordered_map>

namespace kg {
namespace {

// One side of the search: how far each reached entity is, and its best step toward each of its
// neighbours one level closer to this side's root.
class Frontier {
 public:
  Frontier(EntityId root, Direction direction) : direction_(direction), level_({root}) {
    distance_[root] = 0;
  }

  std::uint32_t depth() const { return depth_; }
  std::size_t size() const { return level_.size(); }
  const std::vector<EntityId>& level() const { return level_; }
  bool Reached(EntityId id) const { return distance_.contains(id); }
  std::uint32_t DistanceTo(EntityId id) const { return distance_.at(id); }
  const std::vector<Step>& ParentsOf(EntityId id) const { return parents_.at(id); }

  // Moves one level further: every kept step from the current level to an entity not reached
  // before becomes a parent link of that entity.
  Status Expand(const Store& store, const RelationCatalog& catalog, const GraphFilter& filter) {
    std::vector<EntityId> next;
    ++depth_;
    for (EntityId from : level_) {
      Status status = ForEachStep(store, catalog, filter, from, direction_, [&](const Step& step) {
        const auto [it, added] = distance_.emplace(step.to, depth_);
        if (added) next.push_back(step.to);
        if (it->second == depth_) AddParent(step);
        return true;
      });
      if (!status.ok()) return status;
    }
    level_ = std::move(next);
    return Status::Ok();
  }

 private:
  void AddParent(const Step& step) {
    std::vector<Step>& parents = parents_[step.to];
    for (Step& known : parents) {
      if (known.from != step.from) continue;
      if (step.count > known.count) known = step;
      return;
    }
    parents.push_back(step);
  }

  Direction direction_;
  std::uint32_t depth_ = 0;
  std::vector<EntityId> level_;
  std::unordered_map<EntityId, std::uint32_t> distance_;
  std::unordered_map<EntityId, std::vector<Step>> parents_;
};

// The step `step` taken the other way round, for the backward half of a path.
Step Reverse(const Step& step) {
  Step reversed = step;
  std::swap(reversed.from, reversed.to);
  if (step.orientation == Orientation::kOut) reversed.orientation = Orientation::kIn;
  if (step.orientation == Orientation::kIn) reversed.orientation = Orientation::kOut;
  return reversed;
}

class PathCollector {
 public:
  PathCollector(const Frontier& forward, const Frontier& backward, const PathOptions& options)
      : forward_(forward), backward_(backward), options_(options) {}

  // Every path through `middle`: the forward half is built back to the root, then the backward
  // half out to the other root.
  void CollectThrough(EntityId middle) {
    Path half;
    WalkForward(middle, &half);
  }

  std::vector<Path> Take() { return std::move(paths_); }
  bool Full() const { return paths_.size() >= (options_.all ? options_.max_paths : 1); }

 private:
  void WalkForward(EntityId at, Path* reversed_head) {
    if (Full()) return;
    if (forward_.DistanceTo(at) == 0) {
      Path path(reversed_head->rbegin(), reversed_head->rend());
      WalkBackward(path.empty() ? at : path.back().to, &path);
      return;
    }
    for (const Step& step : forward_.ParentsOf(at)) {
      reversed_head->push_back(step);
      WalkForward(step.from, reversed_head);
      reversed_head->pop_back();
    }
  }

  void WalkBackward(EntityId at, Path* path) {
    if (Full()) return;
    if (backward_.DistanceTo(at) == 0) {
      paths_.push_back(*path);
      return;
    }
    for (const Step& step : backward_.ParentsOf(at)) {
      path->push_back(Reverse(step));
      WalkBackward(step.from, path);
      path->pop_back();
    }
  }

  const Frontier& forward_;
  const Frontier& backward_;
  const PathOptions& options_;
  std::vector<Path> paths_;
};

}  // namespace

Result<std::vector<Path>> ShortestPaths(const Store& store, const RelationCatalog& catalog,
                                        EntityId from, EntityId to, const PathOptions& options) {
  Frontier forward(from, options.direction);
  Frontier backward(to, Reversed(options.direction));
  while (forward.depth() + backward.depth() < options.max_depth && forward.size() > 0 &&
         backward.size() > 0) {
    const bool grow_forward = forward.size() <= backward.size();
    Frontier& growing = grow_forward ? forward : backward;
    const Frontier& other = grow_forward ? backward : forward;
    if (Status status = growing.Expand(store, catalog, options.filter); !status.ok()) return status;
    std::vector<EntityId> meeting;
    for (EntityId id : growing.level()) {
      if (other.Reached(id)) meeting.push_back(id);
    }
    if (meeting.empty()) continue;
    // The reached sets were disjoint before this level, so no path is shorter than the two
    // depths together, and every meeting entity lies on a path of exactly that length.
    std::sort(meeting.begin(), meeting.end());
    PathCollector collector(forward, backward, options);
    for (EntityId middle : meeting)
      collector.CollectThrough(middle);
    return collector.Take();
  }
  return std::vector<Path>{};
}

}  // namespace kg
