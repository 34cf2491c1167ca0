"""``legation evaluate``: score the coder on gold files, gate on floors, raise the floors.

The main CLI calls :func:`register`; ``python -m legation.evaluate.cli evaluate ...`` runs the same
command on its own. Heavy modules (spaCy, the coder) load only when the command runs.
"""

from __future__ import annotations

import json
import sys
from typing import Optional

import click

__all__ = ["evaluate_command", "register"]


def register(group: click.Group) -> None:
    """Add the ``evaluate`` command to the main ``legation`` group."""
    group.add_command(evaluate_command)


def _fail(err: Exception) -> None:
    click.echo(str(err), err=True)
    raise SystemExit(getattr(err, "exit_status", 1))


@click.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--misses", type=click.IntRange(min=0), default=10, show_default=True, metavar="N",
              help="Show the N worst-coded sentences per gold set.")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="Evaluate only the first N records of each gold file (not with --gate/--update-baseline).")
@click.option("--gate", "gate_path", type=click.Path(dir_okay=False), default=None, metavar="BASELINE",
              help="Fail (exit 5) when a score is below its floor in BASELINE or a gold file changed.")
@click.option("--update-baseline", "update_path", type=click.Path(dir_okay=False), default=None, metavar="BASELINE",
              help="Raise the floors in BASELINE to the current scores (rounded down to 2 decimals).")
@click.option("--allow-lower", default=None, metavar="REASON",
              help="With --update-baseline: also lower floors; REASON is recorded in the baseline's history.")
def evaluate_command(
    gold: tuple[str, ...],
    as_json: bool,
    misses: int,
    limit: Optional[int],
    gate_path: Optional[str],
    update_path: Optional[str],
    allow_lower: Optional[str],
) -> None:
    """Code each sentence of the GOLD JSONL files and score the events against the gold.

    Formats (detected per record): PLOVER GSR, PETRARCH-2 validation, ConfliBERT CAMEO. Scores:
    root P/R/F1 (micro and per root), source-target-root and dyad P/R/F1 at country level,
    5-way class macro-F1, actor span recall, no-event sentences, a root confusion matrix and the
    worst misses. See docs/evaluation.md.
    """
    from legation._errors import ConfigError, EvaluationError

    try:
        if gate_path and update_path:
            raise ConfigError("LG003", "--gate and --update-baseline cannot be used together")
        if allow_lower is not None and not update_path:
            raise ConfigError("LG003", "--allow-lower needs --update-baseline")
        if allow_lower is not None and not allow_lower.strip():
            raise ConfigError("LG003", "--allow-lower needs a reason")
        if limit is not None and (gate_path or update_path):
            raise ConfigError("LG003", "--limit scores part of a gold file; it cannot be gated or pinned")
    except ConfigError as err:
        _fail(err)

    from legation.evaluate._gate import check_gate, load_baseline, save_baseline, update_baseline
    from legation.evaluate._gold import read_gold
    from legation.evaluate._report import render_run
    from legation.evaluate._score import evaluate_sets

    try:
        baseline = None
        if gate_path:
            baseline = load_baseline(gate_path)
        elif update_path:
            baseline = load_baseline(update_path, missing_ok=True)
        names: dict[str, str] = {}
        gold_sets = []
        for path in gold:
            gs = read_gold(path, limit=limit)
            if gs.name in names and names[gs.name] != path:
                raise EvaluationError("LG040", f"{path}: another gold file named {gs.name} was given ({names[gs.name]})")
            names[gs.name] = path
            gold_sets.append(gs)
        run = evaluate_sets(gold_sets)
    except EvaluationError as err:
        _fail(err)
    except Exception as err:  # a model or data problem (ResourceError, ConfigError) keeps its status
        from legation._errors import LegationError

        if isinstance(err, LegationError):
            _fail(err)
        raise

    payload = run.to_dict(misses) if as_json else None
    status = 0
    lines: list[str] = []
    if gate_path and baseline is not None:
        issues = check_gate(baseline, run.sets)
        if payload is not None:
            payload["gate"] = {"baseline": gate_path, "passed": not issues, "issues": [i.to_dict() for i in issues]}
        if issues:
            lines = [str(i) for i in issues]
            status = 5
        else:
            n = sum(len(baseline["sets"][s.name].get("floors", {})) for s in run.sets)
            lines = [f"quality gate passed: {n} floors over {len(run.sets)} gold sets ({gate_path})"]
    elif update_path and baseline is not None:
        new, kept, added = update_baseline(baseline, run.sets, allow_lower=allow_lower)
        save_baseline(update_path, new)
        if payload is not None:
            payload["baseline_update"] = {
                "baseline": update_path,
                "changes": added,
                "kept": [i.to_dict() for i in kept],
            }
        for item in added:
            changes = ", ".join(
                f"{k} {'none' if v[0] is None else v[0]} -> {'none' if v[1] is None else v[1]}"
                for k, v in item["changes"].items()
                if k != "sha256"
            )
            if "sha256" in item["changes"]:
                changes = ("sha256 pinned" + (", " if changes else "")) + changes
            lines.append(f"{update_path}: {item['set']}: {changes or 'unchanged'} ({item['reason']})")
        if not added:
            lines.append(f"{update_path}: floors unchanged")
        if kept:
            lines.extend(str(i) for i in kept)
            status = 5

    if payload is not None:
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(render_run(run, misses=misses), nl=False)
    for line in lines:
        click.echo(line, err=True)
    if status:
        raise SystemExit(status)


def main(argv: Optional[list[str]] = None) -> None:
    """Run ``evaluate`` without the main CLI: ``python -m legation.evaluate.cli evaluate ...``."""

    @click.group()
    def group() -> None:
        """legation (evaluation only)."""

    register(group)
    group.main(args=argv if argv is not None else sys.argv[1:], prog_name="legation")


if __name__ == "__main__":
    main()
