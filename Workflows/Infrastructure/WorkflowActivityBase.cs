using System;
using System.Activities;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmIndependence.Workflows.Infrastructure
{
    /// <summary>
    /// The thin entry every activity of the suite shares, like PluginBase for plugins: builds a
    /// <see cref="LocalWorkflowContext"/> from the platform's extensions, traces entry and exit, lets errors a user can
    /// act on (<see cref="InvalidPluginExecutionException"/>) through, and wraps anything unexpected with context.
    /// The work happens in <see cref="ExecuteActivity"/>, which calls the same shared services as the plugins.
    /// Stateless: the platform reuses activity instances.
    /// </summary>
    public abstract class WorkflowActivityBase : CodeActivity
    {
        private string ActivityName => GetType().Name;

        protected sealed override void Execute(CodeActivityContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            var local = LocalWorkflowContext.From(context);
            var workflow = local.WorkflowContext;
            local.Trace($"{ActivityName}: {workflow.MessageName} of {workflow.PrimaryEntityName} {workflow.PrimaryEntityId}, depth {workflow.Depth}, initiated by {workflow.InitiatingUserId}.");
            try
            {
                ExecuteActivity(local);
            }
            catch (InvalidPluginExecutionException)
            {
                throw;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                local.Trace($"{ActivityName}: the organization service refused a call: {fault.Detail?.Message ?? fault.Message}");
                throw new InvalidPluginExecutionException(
                    $"{ActivityName} could not complete because Dataverse refused one of its requests: {fault.Detail?.Message ?? fault.Message}", fault);
            }
            catch (Exception exception)
            {
                local.Trace($"{ActivityName}: unexpected {exception.GetType().Name}: {exception}");
                throw new InvalidPluginExecutionException(
                    $"{ActivityName} failed unexpectedly ({exception.GetType().Name}: {exception.Message}). The process log has the details.", exception);
            }
            finally
            {
                local.Trace($"{ActivityName}: done.");
            }
        }

        /// <summary>The activity's work. Throw <see cref="InvalidPluginExecutionException"/> for errors the user can fix.</summary>
        protected abstract void ExecuteActivity(LocalWorkflowContext context);
    }
}
