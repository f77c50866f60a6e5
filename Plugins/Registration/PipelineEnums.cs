namespace CrmIndependence.Plugins.Registration
{
    /// <summary>The event pipeline stages a step can be registered on (values as Dataverse stores them).</summary>
    public enum PipelineStage
    {
        PreValidation = 10,
        PreOperation = 20,
        PostOperation = 40,
    }

    /// <summary>How a step runs: inside the user's request, or queued after the operation commits.</summary>
    public enum ExecutionMode
    {
        Synchronous = 0,
        Asynchronous = 1,
    }

    /// <summary>
    /// The user a step runs as ("Run in User's Context"): the user who made the request, or SYSTEM. The two a
    /// solution can carry to any environment (it names the impersonated user, and only SYSTEM exists everywhere).
    /// </summary>
    public enum StepUser
    {
        CallingUser = 0,
        System = 1,
    }

    /// <summary>The kind of entity image a step receives (values as Dataverse stores them).</summary>
    public enum ImageKind
    {
        PreImage = 0,
        PostImage = 1,
    }
}
