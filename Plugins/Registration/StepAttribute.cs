using System;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>
    /// Declares one step of a plugin class: the only place a step is written down. The solution packer
    /// turns it into <c>SdkMessageProcessingStep</c> XML and the emulator registers the same step.
    /// </summary>
    /// <example>
    /// <code>
    /// [Step("Update", "opportunity", PipelineStage.PreOperation,
    ///       FilteringAttributes = "salesstage,estimatedvalue", PreImage = "ownerid,salesstage")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class StepAttribute : Attribute
    {
        public const string DefaultPreImageAlias = "PreImage";
        public const string DefaultPostImageAlias = "PostImage";

        public StepAttribute(string message, string table, PipelineStage stage)
        {
            Message = message;
            Table = table;
            Stage = stage;
        }

        /// <summary>The message name as Dataverse knows it: Create, Update, Delete, Assign, SetState, Win, Lose…</summary>
        public string Message { get; }

        /// <summary>The primary table's logical name.</summary>
        public string Table { get; }

        public PipelineStage Stage { get; }

        public ExecutionMode Mode { get; set; } = ExecutionMode.Synchronous;

        /// <summary>Execution order among the steps of one stage; lower runs first.</summary>
        public int Rank { get; set; } = 1;

        /// <summary>Comma-separated columns; an Update step runs only when the Target holds one of them. Required on Update.</summary>
        public string? FilteringAttributes { get; set; }

        /// <summary>Comma-separated columns the pre-image holds (only what the step reads).</summary>
        public string? PreImage { get; set; }

        public string PreImageAlias { get; set; } = DefaultPreImageAlias;

        /// <summary>Comma-separated columns the post-image holds (PostOperation only).</summary>
        public string? PostImage { get; set; }

        public string PostImageAlias { get; set; } = DefaultPostImageAlias;

        /// <summary>
        /// The user the step runs as ("Run in User's Context"): <see cref="StepUser.CallingUser"/> (the default) or
        /// <see cref="StepUser.System"/>, so the context's UserId, and the service created for it, are SYSTEM while
        /// InitiatingUserId stays the caller. The solution names the user (ImpersonatingUserIdName).
        /// </summary>
        public StepUser RunAs { get; set; } = StepUser.CallingUser;

        /// <summary>The unsecure configuration passed to the plugin's constructor.</summary>
        public string? Configuration { get; set; }

        public string? Description { get; set; }
    }
}
