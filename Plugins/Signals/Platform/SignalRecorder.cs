using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Plugins.Signals.Platform
{
    /// <summary>
    /// Writes a <see cref="Signal"/> as a <c>cri_dependencysignal</c> row, once per idempotency key: the row is
    /// upserted by its alternate key, so a retried step updates the row it wrote before instead of adding a
    /// second one, and only a created row counts towards the score (the score step runs on Create). The row is
    /// owned by the rep it is about, so the rep reads it at user depth and the rep's managers reach it through the
    /// manager hierarchy; it is written as SYSTEM, so nobody it measures needs a write privilege on it.
    /// </summary>
    public static class SignalRecorder
    {
        /// <summary>Records the signal; returns false when a signal with the same key was already recorded.</summary>
        public static bool Record(IOrganizationService service, Signal signal)
        {
            var row = SignalRows.ForUpsert(signal);
            var response = (UpsertResponse)service.Execute(new UpsertRequest { Target = row });
            return response.RecordCreated;
        }
    }
}
