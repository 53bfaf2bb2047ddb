import RecipeCLI

Recipegen.main()
