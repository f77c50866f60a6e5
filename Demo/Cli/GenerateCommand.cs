using System;
using System.CommandLine;
using System.IO;
using CrmIndependence.Demo.Generation;
using CrmIndependence.Demo.Reporting;
using Spectre.Console;

namespace CrmIndependence.Demo.Cli
{
    /// <summary><c>generate --out file.json [--reps N] [--managers M] [--days D] [--seed S] [--rate R] [--enforce-from DAY|none] [--sample]</c>.</summary>
    internal static class GenerateCommand
    {
        public static Command Create(IAnsiConsole console)
        {
            var defaults = new GeneratorSettings();
            var output = OptionValues.Path("--out", "file.json", "The scenario file to write (required).");
            output.Required = true;
            var reps = OptionValues.WholeNumber("--reps", "N", $"Sales reps. Default: {defaults.Reps}.", 1, 100_000);
            var managers = OptionValues.WholeNumber("--managers", "M", $"Managers (every second one over-involved), at most --reps. Default: {defaults.Managers}.", 1, 100_000);
            var days = OptionValues.WholeNumber("--days", "D", $"Days played. Default: {defaults.Days}.", 1, 3650);
            var seed = OptionValues.WholeNumber("--seed", "S", $"Random seed: the same settings and seed write the same file. Default: {defaults.Seed}.", 0, int.MaxValue);
            var rate = OptionValues.Number("--rate", "R", $"Activities per rep per working day. Default: {defaults.RepActivitiesPerDay}.", 0, 100);
            var enforceFrom = OptionValues.EnforceFrom("--enforce-from", $"The day the policy switches to enforce, or none. Default: {defaults.EnforceFromDay}.", 3650);
            var sample = new Option<bool>("--sample") { Description = "Start from the bundled sample's settings (8 reps, 2 managers, 90 days, seed 7)." };
            var command = new Command("generate", "Writes a generated scenario: a director, managers (hands-off and over-involved), reps, deals and their days of work.")
            {
                output, reps, managers, days, seed, rate, enforceFrom, sample,
            };
            command.SetAction(parsed =>
            {
                var settings = parsed.GetValue(sample) ? ScenarioGenerator.Sample : defaults;
                settings = settings with
                {
                    Reps = parsed.GetValue(reps) ?? settings.Reps,
                    Managers = parsed.GetValue(managers) ?? settings.Managers,
                    Days = parsed.GetValue(days) ?? settings.Days,
                    Seed = parsed.GetValue(seed) ?? settings.Seed,
                    RepActivitiesPerDay = parsed.GetValue(rate) ?? settings.RepActivitiesPerDay,
                    EnforceFromDay = parsed.GetValue(enforceFrom) is { } start ? start.Day : settings.EnforceFromDay,
                };
                if (settings.Managers > settings.Reps)
                {
                    throw new UsageException(command, $"--managers ({settings.Managers}) must not exceed --reps ({settings.Reps}): every manager leads at least one rep.");
                }

                return Generate(console, settings, parsed.GetRequiredValue(output)!);
            });
            return command;
        }

        private static int Generate(IAnsiConsole console, GeneratorSettings settings, string path)
        {
            var scenario = ScenarioGenerator.Generate(settings);
            try
            {
                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                using var stream = File.Create(path);
                ScenarioWriter.Write(scenario, stream);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new IOException($"cannot write the scenario to '{Path.GetFullPath(path)}': {exception.Message}", exception);
            }

            console.MarkupLine(
                $"Wrote {scenario.Events.Count:n0} events ({Plural.Of(settings.Reps, "rep")}, {Plural.Of(settings.Managers, "manager")}, " +
                $"{Plural.Of(settings.Days, "day")}, seed {settings.Seed}) to {Markup.Escape(Path.GetFullPath(path))}");
            return DemoCommandLine.Done;
        }
    }
}
