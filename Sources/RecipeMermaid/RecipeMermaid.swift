/// Mermaid flowcharts: parser, graph model and SVG renderer.
public enum RecipeMermaid {}
