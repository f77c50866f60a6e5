using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>
    /// A deal owner's managers, nearest first, walked up <c>parentsystemuserid</c> no further than the policy's
    /// depth. The walk is safe on bad data: it stops at a cycle, at a manager who no longer exists, and at the
    /// depth limit, and says which in <see cref="End"/> and <see cref="Explanation"/> for the trace.
    /// </summary>
    public sealed class ManagerChain
    {
        /// <summary>A depth that walks the whole hierarchy above the owner (cycles and missing managers still stop it).</summary>
        public const int WholeHierarchy = int.MaxValue;

        private readonly Guid[] _managers;
        private readonly Dictionary<Guid, string> _names;
        private readonly HashSet<Guid> _disabled;

        private ManagerChain(Guid ownerId, Guid[] managers, Dictionary<Guid, string> names, HashSet<Guid> disabled, ChainEnd end, string explanation)
        {
            OwnerId = ownerId;
            _managers = managers;
            _names = names;
            _disabled = disabled;
            End = end;
            Explanation = explanation;
        }

        public Guid OwnerId { get; }

        /// <summary>The managers, the owner's direct manager first.</summary>
        public IReadOnlyList<Guid> Managers => _managers;

        public ChainEnd End { get; }

        /// <summary>One sentence for the trace: who is in the chain and why the walk stopped.</summary>
        public string Explanation { get; }

        /// <summary>
        /// Walks up from <paramref name="ownerId"/>. <paramref name="findUser"/> returns a user with their manager
        /// id, or null when the user does not exist. It is called at most <paramref name="depth"/> + 1 times.
        /// </summary>
        public static ManagerChain Walk(Guid ownerId, int depth, Func<Guid, HierarchyUser?> findUser)
        {
            if (findUser == null)
            {
                throw new ArgumentNullException(nameof(findUser));
            }

            if (depth < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, "The manager-chain depth must be at least 1.");
            }

            var current = findUser(ownerId);
            if (current == null)
            {
                return new ManagerChain(ownerId, new Guid[0], new Dictionary<Guid, string>(), new HashSet<Guid>(), ChainEnd.OwnerNotFound, $"Owner {ownerId} was not found; nobody counts as their manager.");
            }

            var managers = new List<Guid>();
            var names = new Dictionary<Guid, string>();
            var disabled = new HashSet<Guid>();
            while (true)
            {
                var managerId = current.ManagerId;
                if (!managerId.HasValue || managerId.Value == Guid.Empty)
                {
                    return Done(ownerId, managers, names, disabled, ChainEnd.TopOfHierarchy, "the top of the hierarchy");
                }

                if (managers.Count == depth)
                {
                    return Done(ownerId, managers, names, disabled, ChainEnd.DepthLimit, $"the configured depth of {depth}");
                }

                if (managerId.Value == ownerId || managers.Contains(managerId.Value))
                {
                    return Done(ownerId, managers, names, disabled, ChainEnd.Cycle, $"a cycle (user {current.Id} has {managerId.Value} as manager, who is already in the chain)");
                }

                var manager = findUser(managerId.Value);
                if (manager == null)
                {
                    return Done(ownerId, managers, names, disabled, ChainEnd.MissingManager, $"manager {managerId.Value}, who was not found (deleted?)");
                }

                managers.Add(managerId.Value);
                if (manager.IsDisabled)
                {
                    disabled.Add(managerId.Value);
                }

                if (!string.IsNullOrWhiteSpace(manager.Name))
                {
                    names[managerId.Value] = manager.Name!.Trim();
                }

                current = manager;
            }
        }

        /// <summary>
        /// Walks up through <paramref name="users"/>, e.g. the rows of one query for the owner and every user
        /// above them (<c>systemuserid</c> above-or-equal the owner). Repeated rows: the first one counts.
        /// </summary>
        public static ManagerChain Walk(Guid ownerId, int depth, IEnumerable<HierarchyUser> users)
        {
            if (users == null)
            {
                throw new ArgumentNullException(nameof(users));
            }

            var byId = new Dictionary<Guid, HierarchyUser>();
            foreach (var user in users.Where(user => user != null && !byId.ContainsKey(user.Id)))
            {
                byId.Add(user.Id, user);
            }

            return Walk(ownerId, depth, id => byId.TryGetValue(id, out var user) ? user : null);
        }

        /// <summary>1 for the owner's direct manager, 2 for that manager's manager, …; 0 when the user is not in the chain.</summary>
        public int LevelOf(Guid userId)
        {
            var index = Array.IndexOf(_managers, userId);
            return index < 0 ? 0 : index + 1;
        }

        public bool Contains(Guid userId) => LevelOf(userId) > 0;

        /// <summary>The full name of a manager in the chain, or null when the walk was not given it.</summary>
        public string? NameOf(Guid managerId) => _names.TryGetValue(managerId, out var name) ? name : null;

        /// <summary>Whether a manager in the chain is disabled (as the walk was told).</summary>
        public bool IsDisabled(Guid managerId) => _disabled.Contains(managerId);

        /// <summary>
        /// The manager requests and coaching sessions go to: the nearest manager who is not disabled, passing over the
        /// disabled ones (<see cref="ActiveManager.PassedOver"/>). None when everyone in the chain is disabled or the owner has no manager.
        /// </summary>
        public ActiveManager FirstActive()
        {
            var passed = new List<Guid>();
            foreach (var manager in _managers)
            {
                if (!_disabled.Contains(manager))
                {
                    return new ActiveManager(manager, NameOf(manager), passed.Select(id => NameOf(id) ?? id.ToString()).ToList());
                }

                passed.Add(manager);
            }

            return new ActiveManager(null, null, passed.Select(id => NameOf(id) ?? id.ToString()).ToList());
        }

        private static ManagerChain Done(Guid ownerId, List<Guid> managers, Dictionary<Guid, string> names, HashSet<Guid> disabled, ChainEnd end, string stoppedAt)
        {
            var who = managers.Count == 0
                ? $"Owner {ownerId} has no manager in the chain"
                : $"Owner {ownerId} has managers {string.Join(" > ", managers.Select(id => disabled.Contains(id) ? id + " (disabled)" : id.ToString()))}";
            return new ManagerChain(ownerId, managers.ToArray(), names, disabled, end, $"{who}; the walk stopped at {stoppedAt}.");
        }
    }
}
