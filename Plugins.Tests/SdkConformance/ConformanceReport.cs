using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrmIndependence.Plugins.Tests.SdkConformance
{
    public enum ViolationKind
    {
        /// <summary>A visible type the official assembly does not have.</summary>
        TypeNotInOfficialApi,

        /// <summary>Kind, modifiers, name, base type or an interface differ from the official header.</summary>
        HeaderDiffers,

        /// <summary>A member line the official type does not have (new member, or a different signature or value).</summary>
        MemberNotInOfficialApi,
    }

    /// <summary>One difference from the official API, with what to compare it to.</summary>
    /// <param name="Type">The type's listing key.</param>
    /// <param name="Kind">What is wrong.</param>
    /// <param name="Line">Our offending line (a header or member line).</param>
    /// <param name="Explanation">What differs, in a sentence.</param>
    /// <param name="Closest">The official lines to compare with: the header, or the members of the same name.</param>
    public sealed record ConformanceViolation(
        string Type,
        ViolationKind Kind,
        string Line,
        string Explanation,
        IReadOnlyList<string> Closest);

    /// <summary>The outcome of comparing a built assembly with the official listing.</summary>
    public sealed class ConformanceReport
    {
        public ConformanceReport(string subject, IEnumerable<ConformanceViolation> violations)
        {
            Subject = subject;
            Violations = violations.ToList();
        }

        /// <summary>What was compared, e.g. <c>Sdk/Microsoft.Xrm.Sdk/bin/Release/net462/Microsoft.Xrm.Sdk.dll</c>.</summary>
        public string Subject { get; }

        public IReadOnlyList<ConformanceViolation> Violations { get; }

        public bool Conforms => Violations.Count == 0;

        public override string ToString()
        {
            if (Conforms)
            {
                return $"{Subject}: every public and protected declaration exists in the official API.";
            }

            var text = new StringBuilder();
            text.AppendLine($"{Subject}: {Violations.Count} declaration(s) not in the official API. Declare less, never more or different:");
            foreach (var byType in Violations.GroupBy(violation => violation.Type))
            {
                text.AppendLine();
                text.AppendLine(byType.Key);
                foreach (var violation in byType)
                {
                    text.AppendLine($"  {violation.Explanation}");
                    text.AppendLine($"    ours:     {violation.Line}");
                    if (violation.Closest.Count == 0)
                    {
                        text.AppendLine("    official: (nothing of that name)");
                    }

                    foreach (var closest in violation.Closest)
                    {
                        text.AppendLine($"    official: {closest}");
                    }
                }
            }

            return text.ToString().TrimEnd() + Environment.NewLine;
        }
    }
}
