// ModelPtr<Model>: how Tagger and Parser own their trained model, a type their public headers
// only declare. A plain unique_ptr would need the model's definition wherever its owner is
// destroyed or moved, and so a hand-written destructor and move operations in each owner. This
// one's deleter is specialised beside each model, and declared in the owner's header:
//   template <> void ModelDeleter<TaggerModel>::operator()(TaggerModel* model) const;
// so the owners need none.
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
