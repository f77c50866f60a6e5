using System;
using System.Collections.Generic;
using CrmIndependence.Emulator.Recording;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Tests.Product.Involvement
{
    /// <summary>
    /// Runs one of the suite's plug-ins outside the pipeline against the org: to run a recorded asynchronous step
    /// a second time (as Dataverse does when it retries a system job), or to run a step with a context the test
    /// built, through an organization service the test can interleave other work into. Every call the plug-in
    /// makes still goes to the emulated org, so the real pipeline (and the steps it triggers) runs for it.
    /// </summary>
    internal static class PluginHarness
    {
        /// <summary>Runs <paramref name="run"/>'s plug-in again with the very context it received; returns the new trace.</summary>
        public static IReadOnlyList<string> Replay(SalesOrg org, StepRun run, Func<IOrganizationService, IOrganizationService>? decorate = null) =>
            Execute(org, run.PluginType, run.Context, decorate);

        public static IReadOnlyList<string> Execute(SalesOrg org, Type pluginType, IPluginExecutionContext context, Func<IOrganizationService, IOrganizationService>? decorate = null)
        {
            var plugin = (IPlugin)Activator.CreateInstance(pluginType, new object?[] { null, null })!;
            var trace = new List<string>();
            plugin.Execute(new Services(context, new Tracing(trace), new Factory(org, decorate)));
            return trace;
        }

        private sealed class Services : IServiceProvider
        {
            private readonly IPluginExecutionContext context;
            private readonly ITracingService tracing;
            private readonly IOrganizationServiceFactory factory;

            public Services(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
            {
                this.context = context;
                this.tracing = tracing;
                this.factory = factory;
            }

            public object? GetService(Type serviceType) =>
                serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ? context
                : serviceType == typeof(ITracingService) ? tracing
                : serviceType == typeof(IOrganizationServiceFactory) ? factory
                : (object?)null;
        }

        private sealed class Tracing : ITracingService
        {
            private readonly List<string> lines;

            public Tracing(List<string> lines)
            {
                this.lines = lines;
            }

            public void Trace(string format, params object[] args) => lines.Add(args == null || args.Length == 0 ? format : string.Format(format, args));
        }

        private sealed class Factory : IOrganizationServiceFactory
        {
            private readonly SalesOrg org;
            private readonly Func<IOrganizationService, IOrganizationService>? decorate;

            public Factory(SalesOrg org, Func<IOrganizationService, IOrganizationService>? decorate)
            {
                this.org = org;
                this.decorate = decorate;
            }

            public IOrganizationService CreateOrganizationService(Guid? userId)
            {
                var service = org.Org.ServiceFor(userId is { } id && id != Guid.Empty ? id : org.Org.SystemUser.Id);
                return decorate == null ? service : decorate(service);
            }
        }
    }
}
