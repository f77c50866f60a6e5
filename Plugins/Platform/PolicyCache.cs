using System;
using CrmIndependence.Plugins.Policies;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// The policy held for a short time so plugins do not query the environment variable on every save: an
    /// <see cref="ExpiringSnapshot{T}"/> of the <see cref="PolicyReading"/> (the suite's one caching rule, with its
    /// guarantees), loaded from the variable's JSON. <see cref="PolicyProvider"/> keeps one per organization in an
    /// <see cref="OrgConfigurationCache{T}"/>.
    /// </summary>
    public sealed class PolicyCache : ExpiringSnapshot<PolicyReading>
    {
        /// <summary>How long a loaded policy is used before it is read again: 60 seconds.</summary>
        public static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromSeconds(60);

        public PolicyCache(Func<DateTime> utcNow, TimeSpan? timeToLive = null)
            : base(utcNow, timeToLive ?? DefaultTimeToLive)
        {
        }

        /// <summary>
        /// The policy in effect. <paramref name="loadPolicyJson"/> reads the environment variable's value (current
        /// value, else default value; null when neither exists) and is called only when the snapshot is missing or expired.
        /// </summary>
        public PolicyReading Get(Func<string?> loadPolicyJson)
        {
            if (loadPolicyJson == null)
            {
                throw new ArgumentNullException(nameof(loadPolicyJson));
            }

            return Get(now => PolicyReading.FromJson(loadPolicyJson(), now), out _);
        }
    }
}
