using System;
using System.Collections.Generic;

namespace CrmIndependence.Emulator.Storage;

/// <summary>
/// The undo log of the open database transaction. Every write made while a transaction is open records
/// how to undo itself; a failed operation undoes back to the savepoint it took when it started, and the
/// outermost operation's commit forgets the log. Also remembers a failure inside the transaction that a
/// plug-in caught and ignored (Dataverse then refuses to commit).
/// </summary>
internal sealed class TransactionJournal
{
    private readonly List<Undo> undo = new();
    private int openScopes;

    /// <summary>A database transaction is open (stages 20/30/40, or anything running inside ExecuteTransaction).</summary>
    public bool IsActive => openScopes > 0;

    /// <summary>A request failed inside the open transaction; the transaction can only roll back now.</summary>
    public bool IsDoomed { get; private set; }

    /// <summary>Opens a transaction, or takes a savepoint in the open one; returns the savepoint.</summary>
    public Savepoint Begin()
    {
        var outermost = openScopes == 0;
        openScopes++;
        return new Savepoint(undo.Count, outermost);
    }

    public void Record(Action undoAction)
    {
        if (IsActive)
        {
            undo.Add(new Undo(undoAction, null, null));
        }
    }

    /// <summary>Records that a row was inserted (undone by removing it): the commonest write, recorded without a delegate.</summary>
    public void RecordInsert(TableStore table, StoredRow row)
    {
        if (IsActive)
        {
            undo.Add(new Undo(null, table, row));
        }
    }

    /// <summary>Ends the scope opened by <see cref="Begin"/>; on success the outermost scope commits.</summary>
    public void Complete(Savepoint savepoint)
    {
        openScopes--;
        if (savepoint.IsOutermost)
        {
            undo.Clear();
            IsDoomed = false;
        }
    }

    /// <summary>A request failed inside the open transaction (even before it wrote anything).</summary>
    public void MarkDoomed()
    {
        if (IsActive)
        {
            IsDoomed = true;
        }
    }

    /// <summary>Undoes everything since the savepoint; a failure inside an enclosing transaction dooms it.</summary>
    public void Rollback(Savepoint savepoint)
    {
        for (var index = undo.Count - 1; index >= savepoint.Position; index--)
        {
            var entry = undo[index];
            if (entry.Action != null)
            {
                entry.Action();
            }
            else
            {
                entry.Table!.UndoInsert(entry.Row!);
            }
        }

        undo.RemoveRange(savepoint.Position, undo.Count - savepoint.Position);
        openScopes--;
        if (savepoint.IsOutermost)
        {
            undo.Clear();
            IsDoomed = false;
        }
        else
        {
            IsDoomed = true;
        }
    }
}

/// <summary>How to undo one write: a delegate, or the row a table inserted.</summary>
internal readonly record struct Undo(Action? Action, TableStore? Table, StoredRow? Row);

/// <summary>Where an operation's writes start in the undo log, and whether it opened the transaction.</summary>
internal readonly record struct Savepoint(int Position, bool IsOutermost);
