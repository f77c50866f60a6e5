using System;
using System.Activities;
using CrmIndependence.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmIndependence.Workflows.Infrastructure
{
    /// <summary>
    /// What one activity execution needs, from the extensions the platform adds to the activity context:
    /// the workflow context, tracing, and the organization service of the user the process runs as.
    /// </summary>
    public sealed class LocalWorkflowContext
    {
        private readonly IOrganizationServiceFactory serviceFactory;
        private IOrganizationService? userService;

        private LocalWorkflowContext(CodeActivityContext activityContext, IWorkflowContext workflowContext, IOrganizationServiceFactory serviceFactory, ITracingService tracingService)
        {
            ActivityContext = activityContext;
            WorkflowContext = workflowContext;
            this.serviceFactory = serviceFactory;
            TracingService = tracingService;
        }

        public CodeActivityContext ActivityContext { get; }

        public IWorkflowContext WorkflowContext { get; }

        public ITracingService TracingService { get; }

        /// <summary>Calls made as the user the process runs as (its owner, or the user who started an on-demand run).</summary>
        public IOrganizationService UserService => userService ??= serviceFactory.CreateOrganizationService(WorkflowContext.UserId);

        /// <summary>When the operation started (UTC): the "now" of the activity (<see cref="OperationTime"/>, as for plugins).</summary>
        public DateTime NowUtc => OperationTime.Of(WorkflowContext);

        public static LocalWorkflowContext From(CodeActivityContext context) =>
            new LocalWorkflowContext(context, Require<IWorkflowContext>(context), Require<IOrganizationServiceFactory>(context), Require<ITracingService>(context));

        public void Trace(string message) => TracingService.Trace("{0}", message);

        private static T Require<T>(CodeActivityContext context)
            where T : class =>
            context.GetExtension<T>()
            ?? throw new InvalidPluginExecutionException($"The platform supplied no {typeof(T).Name}; the activity cannot run.");
    }
}
