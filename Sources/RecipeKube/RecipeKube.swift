/// The Service schema module: Kubernetes manifests decoded strictly and validated like the API server.
public enum RecipeKube {}
