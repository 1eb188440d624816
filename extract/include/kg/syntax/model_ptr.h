// ModelPtr<Model>: how Tagger and Parser own their trained model (and what they derive from it,
// such as the tagger's FiniteVerbTags), types their public headers only declare.
//
// A plain unique_ptr would need the type's definition wherever its owner is destroyed or moved,
// and so a hand-written destructor and move operations in each owner. ModelDeleter's one
// definition is in model_file.h; it is instantiated beside each type and declared so in the
// owner's header (`extern template struct ModelDeleter<TaggerModel>;` in tagger.h, `template
// struct ModelDeleter<TaggerModel>;` in tagger.cc), so the owners need no special members.
#pragma once

#include <memory>

namespace kg::syntax {

template <typename Model>
struct ModelDeleter {
  void operator()(Model* model) const;
};

template <typename Model>
using ModelPtr = std::unique_ptr<Model, ModelDeleter<Model>>;

}  // namespace kg::syntax
