import CMimalloc
import RecipeCLI

// The allocator is chosen at link time; asking its version keeps the library linked.
_ = mi_version()
await Recipegen.start()
