using System;
using System.Globalization;
using System.Text;

namespace CrmIndependence.Plugins.Signals
{
    /// <summary>
    /// Builds the alternate key of a dependency signal, so a step that runs twice for the same event (Dataverse
    /// retries asynchronous steps) finds the first signal instead of counting twice.
    /// <para>The rule: <c>{kind option value}-{subject id}[-{qualifier}][-{operation id}]</c>, ids as 32 lowercase
    /// hex digits. The subject is the record the event is about (the activity for an activity signal, the deal
    /// for deal signals, the help request, the coaching session). The operation id is added when the same
    /// subject can produce the same kind again in a later operation (a deal edited twice); pass the execution
    /// context's <c>CorrelationId</c>: Dataverse keeps it when it retries an asynchronous step, and every step
    /// one user action causes shares it, so one action counts once. Leave it out when the subject can only
    /// produce the event once (an activity is created once; a deal is taken over by share once).</para>
    /// <para>A qualifier of up to 24 lowercase letters, digits and underscores is kept as written (column names,
    /// stage names); anything else is replaced by a stable 64-bit FNV-1a hash. Keys are at most
    /// <see cref="MaximumLength"/> characters.</para>
    /// </summary>
    public static class IdempotencyKey
    {
        public const int MaximumLength = 100;
        private const int MaximumPlainQualifier = 24;

        public static string For(SignalKind kind, Guid subjectId, string? qualifier = null, Guid? operationId = null)
        {
            if (subjectId == Guid.Empty)
            {
                throw new ArgumentException("A signal's idempotency key needs the id of the record the signal is about.", nameof(subjectId));
            }

            var key = new StringBuilder(MaximumLength);
            key.Append(((int)kind).ToString(CultureInfo.InvariantCulture)).Append('-').Append(subjectId.ToString("N"));
            if (!string.IsNullOrEmpty(qualifier))
            {
                key.Append('-').Append(Qualifier(qualifier!));
            }

            if (operationId.HasValue && operationId.Value != Guid.Empty)
            {
                key.Append('-').Append(operationId.Value.ToString("N"));
            }

            return key.ToString();
        }

        private static string Qualifier(string qualifier)
        {
            var lower = qualifier.ToLowerInvariant();
            if (lower.Length <= MaximumPlainQualifier && IsPlain(lower))
            {
                return lower;
            }

            // FNV-1a: deterministic on every runtime, unlike string.GetHashCode.
            var hash = 14695981039346656037UL;
            foreach (var character in lower)
            {
                hash ^= character;
                hash *= 1099511628211UL;
            }

            return "h" + hash.ToString("x16", CultureInfo.InvariantCulture);
        }

        private static bool IsPlain(string text)
        {
            foreach (var character in text)
            {
                if (!((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') || character == '_'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
