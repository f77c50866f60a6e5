using System;
using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.StageGates.Platform
{
    /// <summary>SDK values as a <see cref="DealSnapshot"/> types them: Money → decimal, OptionSetValue → int, EntityReference → Guid.</summary>
    internal static class DealValues
    {
        public static object? Plain(object? value)
        {
            switch (value)
            {
                case null: return null;
                case AliasedValue aliased: return Plain(aliased.Value);
                case Money money: return money.Value;
                case OptionSetValue option: return option.Value;
                case EntityReference reference: return reference.Id;
                case string text: return text.Length == 0 ? null : text;
                case DateTime date: return date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
                default: return value;
            }
        }
    }
}
