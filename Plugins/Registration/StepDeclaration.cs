using System;

namespace CrmIndependence.Plugins.Registration
{
    /// <summary>The rules a <see cref="StepAttribute"/> must satisfy; each broken rule names the class and says how to fix it.</summary>
    internal sealed class StepDeclaration
    {
        private readonly string className;
        private readonly StepAttribute step;

        public StepDeclaration(string className, StepAttribute step)
        {
            this.className = className;
            this.step = step;
        }

        private string Where => $"{className} [Step(\"{step.Message}\", \"{step.Table}\", {step.Stage})]";

        public void Validate()
        {
            Require(!string.IsNullOrWhiteSpace(step.Message), "names no message.");
            Require(!string.IsNullOrWhiteSpace(step.Table), "names no table.");
            Require(Enum.IsDefined(typeof(PipelineStage), step.Stage), $"uses stage {(int)step.Stage}; use PreValidation (10), PreOperation (20) or PostOperation (40).");
            Require(
                step.Mode == ExecutionMode.Synchronous || step.Stage == PipelineStage.PostOperation,
                "is asynchronous but not PostOperation; Dataverse runs asynchronous steps only at stage 40.");

            var isUpdate = IsMessage("Update");
            Require(
                !isUpdate || ColumnList.Parse(step.FilteringAttributes).Count > 0,
                "has no filtering attributes; an Update step without them runs on every save (Solution Checker rule meta-avoid-reg-no-attribute). Set FilteringAttributes to the columns the step reads.");
            Require(
                isUpdate || step.FilteringAttributes == null,
                "sets filtering attributes, which Dataverse applies to Update steps only; remove them.");

            Require(step.PreImage == null || !IsMessage("Create"), "asks for a pre-image on Create; there is no record before it is created. Use the Target instead.");
            Require(step.PostImage == null || step.Stage == PipelineStage.PostOperation, "asks for a post-image outside PostOperation; post-images exist only at stage 40.");
            Require(step.PostImage == null || !IsMessage("Delete"), "asks for a post-image on Delete; there is no record after it is deleted.");
            Require(step.PreImage == null || step.PreImage.Trim().Length > 0, "asks for a pre-image with no columns; list the columns the step reads.");
            Require(step.PostImage == null || step.PostImage.Trim().Length > 0, "asks for a post-image with no columns; list the columns the step reads.");
            Require(
                step.PreImage == null || step.PostImage == null || step.PreImageAlias != step.PostImageAlias,
                "gives its pre-image and post-image the same alias.");
            Require(step.Rank >= 0, "has a negative rank.");
            Require(Enum.IsDefined(typeof(StepUser), step.RunAs), $"runs as user {(int)step.RunAs}; use StepUser.CallingUser or StepUser.System.");
        }

        private bool IsMessage(string message) => string.Equals(step.Message, message, StringComparison.OrdinalIgnoreCase);

        private void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new RegistrationException($"{Where} {problem}");
            }
        }
    }
}
