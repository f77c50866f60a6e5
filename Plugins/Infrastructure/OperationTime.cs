using System;
using CrmIndependence.Plugins.Signals;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Infrastructure
{
    /// <summary>
    /// The one "now" of an operation: when the platform started it (<see cref="IExecutionContext.OperationCreatedOn"/>),
    /// as UTC. Every step and workflow activity of one operation sees the same instant, and an asynchronous step that
    /// runs later (or twice) still dates what it records by the user's action. A context without the value (one a
    /// test builds by hand) falls back to the machine's clock. Plugins read it as <see cref="LocalPluginContext.NowUtc"/>.
    /// </summary>
    public static class OperationTime
    {
        public static DateTime Of(IExecutionContext context)
        {
            if (context == null)
            {
                throw new ArgumentNullException(nameof(context));
            }

            return UtcTime.Normalize(context.OperationCreatedOn == default ? DateTime.UtcNow : context.OperationCreatedOn);
        }
    }
}
