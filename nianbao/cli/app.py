"""The ``nianbao`` command: each command group lives in its own module of this package."""

from __future__ import annotations

import typer

from nianbao.cli import codebook, crossyear, evaluate, extract, gold, labelstudio, panel, schema, show, synth, tagger, themes

app = typer.Typer(help="Read Chinese government information-disclosure annual reports into structured records.",
                  no_args_is_help=True, add_completion=False)

app.command()(extract.extract)
app.command()(show.show)
app.command()(evaluate.evaluate)
app.command()(tagger.tag)
app.command()(tagger.train)
app.command()(panel.panel)
app.command()(panel.query)
app.add_typer(gold.gold_app, name="gold")
app.add_typer(labelstudio.labelstudio_app, name="labelstudio")
app.command()(synth.synth)
app.command()(crossyear.crossyear)
app.command("codebook")(codebook.export)
app.command()(schema.schema)
app.command()(themes.themes)

if __name__ == "__main__":
    app()
