using System;
using System.Collections.Generic;
using CrmIndependence.Plugins.DecisionAuthority;

namespace CrmIndependence.Plugins.HelpRequests
{
    /// <summary>
    /// What a new help request lacks, gathered into ONE message. Non-urgent: what was tried, at least one
    /// of the three options, and a recommendation ("Before asking, add: …"). Urgent: a reason instead (the
    /// rest is optional). Also refused: an unknown urgency or decision type, a decision value without its
    /// type or below zero, a request addressed to its own author or to a disabled manager, and no one to address
    /// (no manager chosen and no active manager up the rep's chain: the message says whose user record needs one).
    /// Blank text counts as missing.
    /// </summary>
    internal static class HelpRequestValidation
    {
        public static string? Problems(HelpRequestDraft draft, Requester requester, Urgency? urgency)
        {
            var problems = new List<string>();
            if (urgency == null)
            {
                problems.Add($"Urgency {draft.Urgency} is not known: choose Non-urgent ({(int)Urgency.NonUrgent}) or Urgent ({(int)Urgency.Urgent}).");
            }
            else if (urgency == Urgency.Urgent)
            {
                if (IsBlank(draft.UrgentReason))
                {
                    problems.Add("An urgent request needs a reason: say why it can't wait.");
                }
            }
            else
            {
                var missing = MissingAnswers(draft);
                if (missing.Count > 0)
                {
                    problems.Add("Before asking, add: " + string.Join(", ", missing) + ".");
                }
            }

            AddDecisionProblems(draft, problems);
            AddAddresseeProblems(draft, requester, problems);
            return problems.Count == 0 ? null : string.Join(" ", problems);
        }

        /// <summary>The missing answers of a non-urgent request, in the words the rep reads.</summary>
        public static IReadOnlyList<string> MissingAnswers(HelpRequestDraft draft)
        {
            var missing = new List<string>();
            if (IsBlank(draft.WhatWasTried))
            {
                missing.Add("what you tried");
            }

            if (IsBlank(draft.Option1) && IsBlank(draft.Option2) && IsBlank(draft.Option3))
            {
                missing.Add("at least one option");
            }

            if (IsBlank(draft.Recommendation))
            {
                missing.Add("your recommendation");
            }

            return missing;
        }

        private static void AddDecisionProblems(HelpRequestDraft draft, List<string> problems)
        {
            if (draft.DecisionType != null && DecisionKinds.FromOptionValue(draft.DecisionType.Value) == null)
            {
                problems.Add($"Decision type {draft.DecisionType} is not known ({DecisionKinds.KnownValues}).");
            }

            if (draft.DecisionValue != null && draft.DecisionType == null)
            {
                problems.Add("Say which decision the value is about (the decision type), or clear the value.");
            }

            if (draft.DecisionValue < 0)
            {
                problems.Add("The decision value can't be negative.");
            }
        }

        private static void AddAddresseeProblems(HelpRequestDraft draft, Requester requester, List<string> problems)
        {
            var addressee = Addressee(draft, requester);
            var whose = string.IsNullOrWhiteSpace(requester.Name) ? "your" : requester.Name!.Trim() + "'s";
            if (addressee == null && requester.PassedOver.Count > 0)
            {
                problems.Add(
                    $"Your manager {requester.PassedOver[0]} is disabled and nobody above them in your hierarchy is active, so this request has no one to go to: " +
                    $"ask an administrator to set an active manager on {whose} user record (Manager), or choose an active manager to address.");
            }
            else if (addressee == null)
            {
                problems.Add("You have no manager set, so this request has no one to go to: ask an administrator to set your manager, or choose the manager to address.");
            }
            else if (addressee == requester.UserId)
            {
                problems.Add("You can't address a help request to yourself: choose your manager, or clear the manager addressed.");
            }
            else if (draft.ManagerAddressedId == addressee && requester.AddresseeDisabled)
            {
                var chosen = string.IsNullOrWhiteSpace(requester.AddresseeName) ? "The manager you chose" : requester.AddresseeName!.Trim();
                problems.Add(requester.ManagerId.HasValue
                    ? $"{chosen} is disabled and can't answer: choose an active manager, or clear the manager addressed to send the request to {requester.ManagerName ?? "your manager"}."
                    : $"{chosen} is disabled and can't answer, and nobody in your hierarchy is active: choose an active manager, or ask an administrator to set an active manager on {whose} user record (Manager).");
            }
        }

        /// <summary>The manager the request goes to: the one chosen, else the rep's manager; null when neither (an empty id counts as none).</summary>
        public static Guid? Addressee(HelpRequestDraft draft, Requester requester)
        {
            if (draft.ManagerAddressedId.HasValue && draft.ManagerAddressedId.Value != Guid.Empty)
            {
                return draft.ManagerAddressedId;
            }

            return requester.ManagerId.HasValue && requester.ManagerId.Value != Guid.Empty ? requester.ManagerId : null;
        }

        private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
    }
}
