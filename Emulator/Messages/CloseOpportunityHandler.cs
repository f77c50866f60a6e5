using System;
using CrmIndependence.Emulator.Metadata;
using CrmIndependence.Emulator.Pipeline;
using CrmIndependence.Emulator.Writing;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmIndependence.Emulator.Messages;

/// <summary>
/// WinOpportunity / LoseOpportunity (message names Win and Lose): the opportunity must be open; a
/// completed opportunityclose activity is created from the request's OpportunityClose; the opportunity
/// goes to Won (1) or Lost (2) with the given status (-1 = the state's default), actualclosedate and
/// actualvalue (the close's actualrevenue; for Win without one, the estimated value).
/// </summary>
internal sealed class CloseOpportunityHandler : MessageHandler
{
    private readonly bool won;

    public CloseOpportunityHandler(bool won)
    {
        this.won = won;
    }

    public override string MessageName => won ? "Win" : "Lose";

    private int State => won ? StandardTables.OpportunityState.Won : StandardTables.OpportunityState.Lost;

    public override void Prepare(MessageExecution exec)
    {
        var close = exec.Required<Entity>("OpportunityClose");
        var status = exec.Required<OptionSetValue>("Status");
        if (close.LogicalName != "opportunityclose")
        {
            throw Faults.Refused($"The OpportunityClose of a {MessageName} request must be an opportunityclose entity, not '{close.LogicalName}'.");
        }

        if (!close.Attributes.TryGetValue("opportunityid", out var value) || value is not EntityReference opportunity)
        {
            throw Faults.MissingParameter(exec.RequestName, "OpportunityClose.opportunityid");
        }

        var table = TableOf(exec, "opportunity");
        var row = RowOf(exec, table, opportunity);
        if (row["statecode"] is OptionSetValue { Value: not StandardTables.OpportunityState.Open } current)
        {
            throw Faults.Refused($"The opportunity {row.Id} is already closed ({table.FindState(current.Value)?.Label}); only an open opportunity can be won or lost.");
        }

        var resolved = status.Value == -1 ? table.FindState(State)!.DefaultStatus : status.Value;
        if (table.FindStatus(resolved)?.State != State)
        {
            throw Faults.InvalidStateStatus("opportunity", State, resolved);
        }

        exec.PrimaryEntityName = table.LogicalName;
        exec.PrimaryEntityId = row.Id;
        exec.HandlerState = resolved;
    }

    public override void Execute(MessageExecution exec)
    {
        var engine = exec.Engine;
        var now = engine.Now;
        var close = ValueCopier.Copy(exec.Required<Entity>("OpportunityClose"));
        close["opportunityid"] = new EntityReference("opportunity", exec.PrimaryEntityId);
        close["statecode"] = new OptionSetValue(StandardTables.ActivityState.Completed);
        close["statuscode"] = new OptionSetValue(2);
        if (!close.Contains("actualend") || close["actualend"] == null)
        {
            close["actualend"] = now;
        }

        engine.ExecuteChild(exec, new CreateRequest { Target = close });

        var opportunity = engine.Store.Find("opportunity", exec.PrimaryEntityId)!;
        var update = new Entity("opportunity", exec.PrimaryEntityId)
        {
            ["statecode"] = new OptionSetValue(State),
            ["statuscode"] = new OptionSetValue((int)exec.HandlerState!),
            ["actualclosedate"] = close["actualend"] is DateTime end ? end : now,
        };
        if (close.Attributes.TryGetValue("actualrevenue", out var revenue) && revenue is Money money)
        {
            update["actualvalue"] = new Money(money.Value);
        }
        else if (won && opportunity["estimatedvalue"] is Money estimated)
        {
            update["actualvalue"] = new Money(estimated.Value);
        }

        if (engine.Options.CloseOpportunityRunsUpdatePipeline)
        {
            engine.ExecuteChild(exec, new UpdateRequest { Target = update }, allowCloseStates: true);
        }
        else
        {
            engine.Writer.Update(TableOf(exec, "opportunity"), opportunity, update, exec.WriteContext with { AllowCloseStates = true });
        }
    }

    public override OrganizationResponse Respond(MessageExecution exec) =>
        won ? WithResults(new WinOpportunityResponse(), exec) : WithResults(new LoseOpportunityResponse(), exec);
}
