/// Shell snippets: lexer, parser and the checks of what kubectl, curl and DNS commands refer to.
public enum RecipeShell {}
