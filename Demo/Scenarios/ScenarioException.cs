using System;

namespace CrmIndependence.Demo.Scenarios
{
    /// <summary>
    /// A scenario that cannot be played: names the file, where in it (an event's index and description, or a
    /// section entry) and the field, so the author can fix it. Thrown by the parser and by the player.
    /// </summary>
    public sealed class ScenarioException : Exception
    {
        public ScenarioException(string file, string location, string? field, string problem, Exception? inner = null)
            : base(Format(file, location, field, problem), inner)
        {
            File = file;
            Location = location;
            Field = field;
            Problem = problem;
        }

        public string File { get; }

        /// <summary>Where: "event #12 (editDeal by 'max' on …)", "users[3]", "policy"…</summary>
        public string Location { get; }

        public string? Field { get; }

        public string Problem { get; }

        private static string Format(string file, string location, string? field, string problem) =>
            $"{file}: {location}" + (field == null ? string.Empty : $", field '{field}'") + ": " + problem;
    }
}
