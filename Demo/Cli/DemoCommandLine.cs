using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using CrmIndependence.Demo.Scenarios;
using Spectre.Console;

namespace CrmIndependence.Demo.Cli
{
    /// <summary>
    /// The demo's command line (System.CommandLine): the commands <c>play</c>, <c>generate</c>, <c>bench-scale</c> and
    /// <c>help</c>; no arguments plays the bundled sample. Exit codes: 0 done; 1 a file could not be written; 2 the
    /// command line or the scenario is wrong (one line on standard error names the option, the event or the field).
    /// </summary>
    public sealed class DemoCommandLine
    {
        public const string Name = "CrmIndependence.Demo";

        public const int Done = 0;
        public const int FileError = 1;
        public const int UsageError = 2;

        private readonly IAnsiConsole console;
        private readonly TextWriter output;
        private readonly TextWriter error;

        /// <param name="console">Where the report goes.</param>
        /// <param name="output">Where help goes.</param>
        /// <param name="error">Where the one-line errors go.</param>
        public DemoCommandLine(IAnsiConsole console, TextWriter output, TextWriter error)
        {
            this.console = console;
            this.output = output;
            this.error = error;
        }

        public int Run(IReadOnlyList<string> args)
        {
            var root = Commands();
            var parsed = root.Parse(args);
            if (parsed.Action is not HelpAction && (parsed.Errors.Count > 0 || UnknownOption(parsed) != null))
            {
                return Refuse(parsed.CommandResult.Command, Problem(parsed));
            }

            try
            {
                return parsed.Invoke(Invocation);
            }
            catch (UsageException exception)
            {
                return Refuse(exception.Command, exception.Message);
            }
            catch (ScenarioException exception)
            {
                error.WriteLine($"{Name}: {OneLine(exception.Message)} No report was written.");
                return UsageError;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{Name}: {OneLine(exception.Message)}");
                return FileError;
            }
        }

        private InvocationConfiguration Invocation => new() { Output = output, Error = error, EnableDefaultExceptionHandler = false };

        private RootCommand Commands()
        {
            var root = new RootCommand(
                "Plays a scenario through the CrmIndependence plugins on an emulated Dataverse org and reports what the org holds. " +
                "Without a command: plays the bundled sample (Demo/Scenarios/sample.json) into out/demo.");
            root.Add(PlayCommand.Create(console));
            root.Add(GenerateCommand.Create(console));
            root.Add(BenchScaleCommand.Create(console));
            root.Add(Help(root));
            root.SetAction(parsed => root.Parse(new[] { PlayCommand.Name }).Invoke(Invocation));
            return root;
        }

        /// <summary><c>help [command]</c>: the same text as <c>[command] --help</c>.</summary>
        private Command Help(RootCommand root)
        {
            var commandNames = root.Subcommands.Select(command => command.Name).ToArray();
            var name = new Argument<string?>("command") { Description = "The command to describe.", Arity = ArgumentArity.ZeroOrOne, HelpName = string.Join("|", commandNames) };
            name.Validators.Add(result =>
            {
                var given = result.Tokens.Count == 1 ? result.Tokens[0].Value : null;
                if (given != null && !commandNames.Contains(given, StringComparer.Ordinal))
                {
                    result.AddError($"unknown command '{given}'; the commands are {string.Join(", ", commandNames)}.");
                }
            });
            var help = new Command("help", "Shows the usage of a command, e.g. help play.") { name };
            help.SetAction(parsed =>
            {
                var command = parsed.GetValue(name);
                var helpArgs = command == null ? new[] { "--help" } : new[] { command, "--help" };
                return root.Parse(helpArgs).Invoke(Invocation);
            });
            return help;
        }

        private int Refuse(Command command, string problem)
        {
            var path = command is RootCommand ? Name : $"{Name} {command.Name}";
            var helpCommand = command is RootCommand ? $"{Name} --help" : $"{Name} help {command.Name}";
            error.WriteLine($"{path}: {OneLine(problem)} See '{helpCommand}'.");
            return UsageError;
        }

        /// <summary>The first problem, in the words of the option's parser, or an unknown option or command named with what is accepted.</summary>
        private static string Problem(ParseResult parsed)
        {
            var command = parsed.CommandResult.Command;
            var unmatched = UnknownOption(parsed) ?? parsed.UnmatchedTokens.FirstOrDefault();
            if (unmatched != null)
            {
                if (unmatched.StartsWith("-", StringComparison.Ordinal))
                {
                    var options = command.Options.Where(option => option is not HelpOption and not VersionOption).Select(option => option.Name).ToList();
                    return options.Count == 0
                        ? $"unknown option '{unmatched}'; this command takes no options."
                        : $"unknown option '{unmatched}'; the options are {string.Join(", ", options)}.";
                }

                if (command is RootCommand)
                {
                    return $"unknown command '{unmatched}'; the commands are {string.Join(", ", command.Subcommands.Select(c => c.Name))}.";
                }

                return $"unexpected argument '{unmatched}'.";
            }

            var first = parsed.Errors[0];
            if (first.SymbolResult is OptionResult { Tokens.Count: 0 } missing && missing.IdentifierToken != null)
            {
                return $"{missing.Option.Name} needs a value ({missing.Option.HelpName ?? "see the usage"}).";
            }

            return first.Message;
        }

        /// <summary>
        /// A token that looks like an option but is none of the command's. System.CommandLine would hand it to an optional
        /// argument (play's scenario file) as a value; here it is refused as what it is, a mistyped or unknown option.
        /// </summary>
        private static string? UnknownOption(ParseResult parsed) =>
            parsed.Tokens.FirstOrDefault(token => token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !char.IsDigit(token.Value[1]))?.Value;

        private static string OneLine(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()));
    }

    /// <summary>A command line the options' parsers accept but the command cannot use (e.g. more managers than reps).</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(Command command, string message)
            : base(message) => Command = command;

        public Command Command { get; }
    }
}
