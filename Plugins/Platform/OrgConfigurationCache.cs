using System;
using System.Collections.Concurrent;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// The suite's one cache type: a value per organization (the policy, the stage requirements, the decision-authority
    /// matrix) read once and kept for a short time, so a save does not query it again. Each organization's value is an
    /// <see cref="ExpiringSnapshot{T}"/> (thread-safe without locks, time-bounded, one thread refreshes an expired value
    /// while the others keep using it), held in a <see cref="ConcurrentDictionary{TKey,TValue}"/>. Meant for a static
    /// field. <see cref="Forget"/> drops an organization's value on this server at once (a step on the configuration
    /// table calls it); other servers of the organization see a change within the time-to-live. A loader that throws
    /// caches nothing.
    /// </summary>
    public sealed class OrgConfigurationCache<T>
        where T : class
    {
        private readonly ConcurrentDictionary<Guid, ExpiringSnapshot<T>> snapshots = new ConcurrentDictionary<Guid, ExpiringSnapshot<T>>();
        private readonly Func<DateTime> utcNow;

        public OrgConfigurationCache(TimeSpan timeToLive, Func<DateTime>? utcNow = null)
        {
            if (timeToLive < TimeSpan.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(timeToLive), timeToLive, "The time-to-live cannot be negative.");
            }

            TimeToLive = timeToLive;
            this.utcNow = utcNow ?? (() => DateTime.UtcNow);
        }

        public TimeSpan TimeToLive { get; }

        /// <summary>The organization's cached value, or a fresh one from <paramref name="load"/>; <paramref name="loaded"/> says which.</summary>
        public T Get(Guid organizationId, Func<T> load, out bool loaded)
        {
            if (load == null)
            {
                throw new ArgumentNullException(nameof(load));
            }

            return Get(organizationId, _ => load(), out loaded);
        }

        /// <summary>As <see cref="Get(Guid, Func{T}, out bool)"/>, the loader given the time it loads at.</summary>
        public T Get(Guid organizationId, Func<DateTime, T> load, out bool loaded) =>
            snapshots.GetOrAdd(organizationId, _ => new ExpiringSnapshot<T>(utcNow, TimeToLive)).Get(load, out loaded);

        /// <summary>Forgets an organization's value, so the next <see cref="Get(Guid, Func{T}, out bool)"/> reads it again.</summary>
        public void Forget(Guid organizationId) => snapshots.TryRemove(organizationId, out _);
    }
}
