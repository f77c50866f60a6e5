using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>Compares two column values the way Dataverse stores them: a Target column "changed" only if its value differs.</summary>
    internal static class ColumnValues
    {
        public static bool AreSame(object? left, object? right)
        {
            left = Normalize(left);
            right = Normalize(right);
            if (left == null || right == null)
            {
                return left == null && right == null;
            }

            switch (left)
            {
                case Money money:
                    return right is Money other && money.Value == other.Value;
                case OptionSetValue option:
                    return right is OptionSetValue otherOption && option.Value == otherOption.Value;
                case EntityReference reference:
                    return right is EntityReference otherReference && reference.Id == otherReference.Id;
                case DateTime date:
                    return right is DateTime otherDate && date.ToUniversalTime() == otherDate.ToUniversalTime();
                default:
                    return left.Equals(right);
            }
        }

        // An empty string is stored as null.
        private static object? Normalize(object? value) => value is string text && text.Length == 0 ? null : value;
    }
}
