using System;
using System.ServiceModel;
using CrmIndependence.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Optimistic concurrency for counters kept on a row: each attempt reads the row, computes the new values and
    /// writes them only if the row is unchanged (<c>ConcurrencyBehavior.IfRowVersionMatches</c>), or creates the
    /// row by its alternate key. When another operation got there first the platform refuses the write, and the
    /// attempt is repeated from a fresh read, a bounded number of times. For ASYNCHRONOUS steps only: they run
    /// outside a database transaction, so a refused call can be caught and retried (inside a transaction it
    /// would abort the whole operation), and this helper rethrows at once when it finds itself in one.
    /// </summary>
    public static class ConcurrentWrites
    {
        public const int MaximumAttempts = 5;

        /// <summary>The row changed since it was read (RowVersion mismatch).</summary>
        public const int VersionMismatch = unchecked((int)0x80060882);

        /// <summary>A row with the same alternate key values was created meanwhile.</summary>
        public const int DuplicateKey = unchecked((int)0x80060892);

        /// <summary>A duplicate record (the generic code some paths report for a key violation).</summary>
        public const int DuplicateRecord = unchecked((int)0x80040237);

        /// <summary>The row does not exist.</summary>
        public const int NotFound = unchecked((int)0x80040217);

        /// <summary>
        /// Runs <paramref name="attempt"/> (given the attempt number, from 1) until it completes without a
        /// concurrency or duplicate-key fault; after <see cref="MaximumAttempts"/> it fails with a message
        /// saying what could not be saved.
        /// </summary>
        public static void Retry(LocalPluginContext context, string what, Action<int> attempt)
        {
            for (var number = 1; ; number++)
            {
                try
                {
                    attempt(number);
                    return;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (IsRace(fault) && !context.ExecutionContext.IsInTransaction)
                {
                    context.Trace($"Attempt {number} to save {what} lost a race ({fault.Detail.Message}).");
                    if (number >= MaximumAttempts)
                    {
                        throw new InvalidPluginExecutionException(
                            $"Could not save {what}: other operations changed it at the same time {MaximumAttempts} times in a row, so this change was not saved. " +
                            "Check for a process that updates the row in a loop, then retry the system job.",
                            fault);
                    }
                }
            }
        }

        public static bool IsRace(FaultException<OrganizationServiceFault> fault)
        {
            var code = fault.Detail?.ErrorCode;
            return code == VersionMismatch || code == DuplicateKey || code == DuplicateRecord;
        }

        public static bool IsNotFound(FaultException<OrganizationServiceFault> fault) => fault.Detail?.ErrorCode == NotFound;
    }
}
