using System;
using CrmIndependence.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.HelpRequests.Platform
{
    /// <summary>
    /// Completes a help request with the status reason of its <see cref="RequestClosing"/>: one Update of statecode and
    /// statuscode (Update, not SetState: "Behavior of specialized update operations"), with the actual end.
    /// </summary>
    internal static class RequestCompletion
    {
        public static int StatusOf(RequestClosing closing)
        {
            switch (closing)
            {
                case RequestClosing.Answered: return HelpRequest.StatusCodeOption.Answered;
                case RequestClosing.YoursToDecide: return HelpRequest.StatusCodeOption.YoursToDecide;
                default: return HelpRequest.StatusCodeOption.ResolvedInCoaching;
            }
        }

        public static void Complete(IOrganizationService service, Guid requestId, RequestClosing closing, DateTime endedOnUtc) =>
            service.Update(new Entity(HelpRequest.EntityName, requestId)
            {
                [HelpRequest.StateCode] = new OptionSetValue(HelpRequest.StateCodeOption.Completed),
                [HelpRequest.StatusCode] = new OptionSetValue(StatusOf(closing)),
                [HelpRequest.ActualEnd] = endedOnUtc,
            });
    }
}
