"""The demo page in a real browser (Debian's Chromium driven by Playwright), against the real demo app
served by uvicorn on loopback: built-in replaying upstream, guarding proxy, unguarded forwarder."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from doubles import KeywordClassifier
from loopback import serve
from streamguard.config import GuardConfig
from streamguard.demo import create_demo_app
from streamguard.metrics import GuardMetrics
from streamguard.replay import load_scenarios

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
ARTIFACTS_ENV = "STREAMGUARD_ARTIFACTS_DIR"  # set it to keep screenshots (the docs' demo.png comes from here)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"needs Debian's chromium at {CHROMIUM}"),
]

WITHHELD = "Yes, it is safe to take ibuprofen on an empty stomach."


@pytest.fixture(scope="module")
def demo_url() -> Iterator[str]:
    def build(url: str) -> Any:
        return create_demo_app(self_url=url, config=GuardConfig(mode="hold", hold_budget_ms=1500),
                               scenarios=load_scenarios(), rate=120, jitter=0.2, classifier=KeywordClassifier(),
                               metrics=GuardMetrics())

    with serve(build, factory=True) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, demo_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(60_000)  # generous: CI machines (and this one, while a model trains) can be slow
    dialogs: list[str] = []
    errors: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(demo_url + "/")
    pg.wait_for_selector("body[data-ready=true]")
    pg.dialogs, pg.errors = dialogs, errors
    yield pg
    context.close()


def ask(page: Any, scenario: str, *, mode: str = "hold", budget_ms: int | None = None) -> None:
    page.select_option("#scenario", scenario)
    page.select_option("#mode", mode)
    if budget_ms is not None:
        page.eval_on_selector("#budget", "(e, v) => { e.value = v; e.dispatchEvent(new Event('input')); }", str(budget_ms))
    page.click("#send")
    page.wait_for_selector("body[data-plain=done][data-guarded=done]")


def content_text(page: Any) -> str:
    return "".join(page.eval_on_selector_all("#guarded .content", "els => els.map(e => e.textContent)"))


def save_screenshot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    keep = os.environ.get(ARTIFACTS_ENV)
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / name)
    return path


def test_reversal_in_hold_mode_is_withheld_and_never_shown_as_content(page: Any, tmp_path: Path) -> None:
    ask(page, "reversal-near-yes-no", mode="hold")
    assert WITHHELD in page.inner_text("#plain")              # the unguarded client showed it
    assert WITHHELD not in content_text(page)                 # the guarded one never did
    assert WITHHELD not in page.inner_text("#guarded")        # not even as visible text of the collapsed record
    assert "Actually, no: ibuprofen on an empty stomach" in content_text(page)
    marker = page.locator("#guarded .withheld")
    assert marker.count() == 1
    assert "withheld" in marker.locator(".badge").inner_text() and "score 0.95" in marker.locator(".badge").inner_text()
    marker.locator(".badge").click()                           # opened, it names what was withheld and why
    assert marker.locator(".was").inner_text() == WITHHELD
    assert marker.locator(".by").inner_text().startswith("Actually, no: ibuprofen")
    assert page.locator("#timeline .tl-row[data-outcome=withheld]").count() == 1
    assert page.locator("#timeline .tl-row[data-outcome=released]").count() >= 2
    assert page.locator("#guarded .pending").count() == 0
    shot = save_screenshot(page, tmp_path, "demo.png")
    assert shot.stat().st_size > 10_000
    assert not page.errors


def test_held_sentences_show_a_countdown_while_pending(page: Any) -> None:
    page.select_option("#scenario", "consistent-https")
    page.select_option("#mode", "hold")
    page.click("#send")
    pending = page.wait_for_selector("#guarded .pending")
    assert pending.inner_text().startswith("holding · ")
    page.wait_for_selector("body[data-guarded=done]")
    assert page.locator("#guarded .pending").count() == 0
    assert content_text(page) == page.inner_text("#plain")


def test_annotate_mode_from_the_page_shows_the_claim_marked_as_revised(page: Any) -> None:
    ask(page, "reversal-near-yes-no", mode="annotate")
    assert content_text(page) == page.inner_text("#plain")    # annotate delays and removes nothing
    revised = page.eval_on_selector_all("#guarded .content.revised", "els => els.map(e => e.textContent).join('')")
    assert WITHHELD in revised
    assert page.locator("#guarded .revision").count() >= 1
    assert page.locator("#guarded .withheld").count() == 0


def test_html_in_model_text_is_rendered_as_text_and_runs_nothing(page: Any, tmp_path: Path) -> None:
    ask(page, "html-script", mode="hold")
    for pane in ("#plain", "#guarded"):
        text = page.inner_text(pane)
        assert "<script>document.title = 'pwned'; window.__pwned = true;</script>" in text
        assert '<img src=x onerror="window.__pwned = true">' in text
        assert page.locator(f"{pane} script, {pane} img, {pane} b, {pane} a").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "streamguard demo"
    assert not page.dialogs
    save_screenshot(page, tmp_path, "demo-html.png")
