using CrmIndependence.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// A configuration row (<c>cri_decisionauthority</c>, <c>cri_stagerequirement</c>) as a Create or Update will save it,
    /// for the steps that validate it before the save: the Target on Create, the pre-image with the Target's changes on
    /// Update. No service call.
    /// </summary>
    public static class ConfigurationRow
    {
        public static Entity AsSaved(LocalPluginContext context)
        {
            var target = context.Target;
            var saved = new Entity(target.LogicalName, target.Id != System.Guid.Empty ? target.Id : context.ExecutionContext.PrimaryEntityId);
            var pre = context.MessageName == "Update" ? context.PreImage() : null;
            if (pre != null)
            {
                foreach (var attribute in pre.Attributes)
                {
                    saved[attribute.Key] = attribute.Value;
                }
            }

            foreach (var attribute in target.Attributes)
            {
                saved[attribute.Key] = attribute.Value;
            }

            return saved;
        }

        /// <summary>Active (its state 0, or not given: a new row is active), so the rules would use it.</summary>
        public static bool IsActive(Entity saved, string stateColumn) => (saved.GetAttributeValue<OptionSetValue>(stateColumn)?.Value ?? 0) == 0;

        /// <summary>"'Rep discounts' " (with a trailing space), or empty when the row has no name.</summary>
        public static string Named(Entity saved, string nameColumn)
        {
            var name = saved.GetAttributeValue<string>(nameColumn);
            return string.IsNullOrWhiteSpace(name) ? string.Empty : $"'{name!.Trim()}' ";
        }
    }
}
