using System;

namespace CrmIndependence.Plugins.Signals
{
    /// <summary>Dataverse hands out UTC times, sometimes marked Unspecified; the domain works in UTC only.</summary>
    public static class UtcTime
    {
        /// <summary>The same instant as a UTC <see cref="DateTime"/>: Unspecified is taken as UTC, Local is converted.</summary>
        public static DateTime Normalize(DateTime value)
        {
            switch (value.Kind)
            {
                case DateTimeKind.Utc:
                    return value;
                case DateTimeKind.Local:
                    return value.ToUniversalTime();
                default:
                    return DateTime.SpecifyKind(value, DateTimeKind.Utc);
            }
        }
    }
}
