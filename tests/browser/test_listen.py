"""The kiosk's Listen button, in Chromium: a screen with a recorded reading plays it;
a screen with neither a recording nor a voice for its language shows no button."""

import io
import math
import struct
import wave

import pytest
from django.core.files.base import ContentFile

from apps.kiosk.models import SpokenPrompt
from tests.browser.conftest import save_screenshot
from tests.browser.test_kiosk_registration import kiosk_device, start_registration  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def a_short_tone() -> bytes:
    """Half a second of a 440 Hz tone, as a WAV file."""
    frames = io.BytesIO()
    with wave.open(frames, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(8000)
        recording.writeframes(
            b"".join(
                struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * n / 8000)))
                for n in range(4000)
            )
        )
    return frames.getvalue()


@pytest.mark.parametrize("language", ["ur", "en"])
def test_a_recorded_screen_is_read_aloud(open_page, kiosk_device, language):  # noqa: F811
    prompt = SpokenPrompt(screen="kiosk:register:identity", language=language)
    prompt.recording.save("identity.wav", ContentFile(a_short_tone()))
    page = open_page("kiosk-portrait")
    start_registration(page, language)
    page.wait_for_url("**/kiosk/register/identity/")
    listen = page.get_by_test_id("listen")
    listen.wait_for(state="visible")
    save_screenshot(page, f"kiosk-listen-{language}")
    listen.click()
    page.wait_for_selector("#kiosk-listen[data-playing='recording']", state="attached")


def test_a_screen_without_a_recording_or_voice_has_no_listen_button(
    open_page,
    kiosk_device,  # noqa: F811
):
    SpokenPrompt(screen="kiosk:register:identity", language="ur").recording.save(
        "identity.wav", ContentFile(a_short_tone())
    )
    page = open_page("kiosk-portrait")
    start_registration(page, "en")  # the recording is Urdu's only
    page.wait_for_url("**/kiosk/register/identity/")
    has_voice = page.evaluate(
        "speechSynthesis.getVoices().some(v => v.lang.toLowerCase().startsWith('en'))"
    )
    assert page.get_by_test_id("listen").is_visible() == has_voice
