using Microsoft.Xrm.Sdk;

namespace CrmIndependence.Plugins.Platform
{
    /// <summary>
    /// Recognises the <c>opportunityclose</c> Create the platform runs inside a Win (WinOpportunity). Steps
    /// register on that Create rather than on Win because the Win message's id is not one the packer knows.
    /// The Create's own stage-10 context may sit between the step and the Win (the PreValidation rule), so
    /// the parent chain is walked past contexts of the same Create.
    /// </summary>
    public static class WinOperation
    {
        public const string WinMessage = "Win";
        public const string LoseMessage = "Lose";

        /// <summary>The message (Win or Lose) that created the opportunityclose, or null when it was created on its own.</summary>
        public static string? ClosingMessage(IPluginExecutionContext context)
        {
            var parent = context.ParentContext;
            var hops = 0;
            while (parent != null && hops < 4)
            {
                if (string.Equals(parent.MessageName, WinMessage, System.StringComparison.OrdinalIgnoreCase)
                    || string.Equals(parent.MessageName, LoseMessage, System.StringComparison.OrdinalIgnoreCase))
                {
                    return parent.MessageName;
                }

                var sameCreate = string.Equals(parent.MessageName, context.MessageName, System.StringComparison.OrdinalIgnoreCase)
                    && string.Equals(parent.PrimaryEntityName, context.PrimaryEntityName, System.StringComparison.OrdinalIgnoreCase);
                if (!sameCreate)
                {
                    return null;
                }

                parent = parent.ParentContext;
                hops++;
            }

            return null;
        }

        public static bool IsWin(IPluginExecutionContext context) =>
            string.Equals(ClosingMessage(context), WinMessage, System.StringComparison.OrdinalIgnoreCase);
    }
}
