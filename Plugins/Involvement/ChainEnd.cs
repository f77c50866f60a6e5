namespace CrmIndependence.Plugins.Involvement
{
    /// <summary>Why the walk up a deal owner's manager chain stopped.</summary>
    public enum ChainEnd
    {
        /// <summary>The last user in the chain has no manager.</summary>
        TopOfHierarchy = 0,

        /// <summary>The chain reached the policy's manager-chain depth; managers further up are not counted.</summary>
        DepthLimit = 1,

        /// <summary>A manager reference leads back to someone already in the chain; the walk stopped before repeating.</summary>
        Cycle = 2,

        /// <summary>A manager reference points to a user that does not exist (deleted); the chain ends before it.</summary>
        MissingManager = 3,

        /// <summary>The owner could not be found, so nobody counts as their manager.</summary>
        OwnerNotFound = 4,
    }
}
