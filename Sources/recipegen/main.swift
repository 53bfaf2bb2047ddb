import RecipeCLI

await Recipegen.start()
