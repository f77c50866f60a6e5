namespace CrmIndependence.Plugins.Bookkeeping
{
    /// <summary>
    /// A column only the suite writes: its table and logical name, its name as users see it, what sets it (the sentence
    /// a refusal or a trace quotes) and what happens to a value a user sends on Create and on Update.
    /// </summary>
    public sealed record SuiteColumn(string Table, string Column, string Label, string SetBy, ForgedValueResponse OnCreate, ForgedValueResponse OnUpdate)
    {
        /// <summary>The response for <paramref name="message"/> ("Create" or "Update").</summary>
        public ForgedValueResponse ResponseTo(string message) => message == "Create" ? OnCreate : OnUpdate;
    }
}
