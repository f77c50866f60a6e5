using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Infrastructure
{
    /// <summary>
    /// The thin entry every plugin of the suite shares: builds a <see cref="LocalPluginContext"/>, traces
    /// entry and exit, and turns unexpected failures into errors with context. The work happens in
    /// <see cref="ExecuteDataversePlugin"/>. Stateless: Dataverse caches plugin instances across threads.
    /// </summary>
    public abstract class PluginBase : IPlugin
    {
        protected PluginBase(string? unsecureConfiguration = null)
        {
            UnsecureConfiguration = string.IsNullOrWhiteSpace(unsecureConfiguration) ? null : unsecureConfiguration;
        }

        /// <summary>The step's unsecure configuration, or null when none was registered.</summary>
        protected string? UnsecureConfiguration { get; }

        private string PluginName => GetType().Name;

        public void Execute(IServiceProvider serviceProvider)
        {
            if (serviceProvider == null)
            {
                throw new InvalidPluginExecutionException($"{PluginName} was called without a service provider.");
            }

            var context = new LocalPluginContext(serviceProvider, UnsecureConfiguration);
            var execution = context.ExecutionContext;
            context.Trace(
                $"{PluginName}: {execution.MessageName} of {execution.PrimaryEntityName}, stage {execution.Stage}, " +
                $"depth {execution.Depth}, initiated by {execution.InitiatingUserId}.");
            try
            {
                ExecuteDataversePlugin(context);
            }
            catch (InvalidPluginExecutionException)
            {
                throw;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                context.Trace($"{PluginName}: the organization service refused a call: {fault.Detail?.Message ?? fault.Message}");
                throw new InvalidPluginExecutionException(
                    $"{PluginName} could not complete because Dataverse refused one of its requests: {fault.Detail?.Message ?? fault.Message}",
                    fault);
            }
            catch (Exception exception)
            {
                context.Trace($"{PluginName}: unexpected {exception.GetType().Name}: {exception}");
                throw new InvalidPluginExecutionException(
                    $"{PluginName} failed unexpectedly ({exception.GetType().Name}: {exception.Message}). " +
                    "The operation was not saved; the plug-in trace log has the details.",
                    exception);
            }
            finally
            {
                context.Trace($"{PluginName}: done.");
            }
        }

        /// <summary>The plugin's work. Throw <see cref="InvalidPluginExecutionException"/> for errors the user can fix.</summary>
        protected abstract void ExecuteDataversePlugin(LocalPluginContext context);
    }
}
