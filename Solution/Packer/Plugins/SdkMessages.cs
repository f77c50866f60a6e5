using System;
using System.Collections.Generic;

namespace CrmIndependence.Solution.Plugins
{
    /// <summary>
    /// The sdkmessageid of the platform messages the suite registers steps on. They are the same in every
    /// environment (the same GUIDs appear in exports from 2020 and 2026); taken from real exports and
    /// Microsoft's documentation, never invented.
    /// </summary>
    public static class SdkMessages
    {
        private const string Suffix = "-ea3e-db11-86a7-000a3a5473e8";

        private static readonly Dictionary<string, Guid> Known = new(StringComparer.Ordinal)
        {
            ["Create"] = new Guid("9ebdbb1b" + Suffix),
            ["Update"] = new Guid("20bebb1b" + Suffix),
            ["Delete"] = new Guid("a1bdbb1b" + Suffix),
            ["Assign"] = new Guid("8cbdbb1b" + Suffix),
            ["SetState"] = new Guid("1cbebb1b" + Suffix),
            ["SetStateDynamicEntity"] = new Guid("1dbebb1b" + Suffix),
            ["Retrieve"] = new Guid("f2bdbb1b" + Suffix),
            ["RetrieveMultiple"] = new Guid("03bebb1b" + Suffix),
            ["GrantAccess"] = new Guid("c5bdbb1b" + Suffix),
            ["ModifyAccess"] = new Guid("dcbdbb1b" + Suffix),
            ["RevokeAccess"] = new Guid("11bebb1b" + Suffix),
            ["Merge"] = new Guid("dbbdbb1b" + Suffix),
        };

        /// <summary>
        /// Messages whose id could not be confirmed from a public source (Win, Lose): a step on them stops the
        /// pack with instructions instead of shipping an invented id.
        /// </summary>
        public static readonly IReadOnlyCollection<string> Unconfirmed = new[] { "Win", "Lose" };

        public static bool TryGetId(string message, out Guid id) => Known.TryGetValue(message, out id);

        /// <summary>The message property that carries the record for an entity image, as exports write it.</summary>
        public static string? ImagePropertyName(string message) => message switch
        {
            "Create" => "Id",
            "Update" or "Delete" or "Assign" => "Target",
            "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
            _ => null,
        };

        public static string UnknownMessageHelp(string message) =>
            $"The sdkmessageid of '{message}' is not known to the packer. Message ids are the same in every environment: " +
            $"read it once from any org (GET [org]/api/data/v9.2/sdkmessages?$filter=name eq '{message}'&$select=sdkmessageid) " +
            "and add it to SdkMessages.Known in Solution/Packer/Plugins/SdkMessages.cs with the source you read it from.";
    }
}
