// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ReadAloud, hasVoice, type ListenState } from '../../../../utils/content/reader/listen';

/** A speech engine that "speaks" when told to: enough to drive the queue and its events. */
class FakeSpeech {
  spoken: FakeUtterance[] = [];
  paused = false;
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    u.onstart?.();
  }
  cancel() {
    const current = this.spoken[this.spoken.length - 1];
    current?.onend?.();
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  finishCurrent() {
    this.spoken[this.spoken.length - 1]!.onend?.();
  }
}
class FakeUtterance {
  lang = '';
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function setup() {
  document.body.innerHTML =
    '<div id="b"><p data-lede-p="p1">First sentence here. Second one follows.</p><p data-lede-p="p2">Third and last.</p></div>';
  const speech = new FakeSpeech();
  const states: ListenState[] = [];
  const reader = new ReadAloud(
    document.getElementById('b')!,
    speech as unknown as SpeechSynthesis,
    FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    'en',
    (s) => states.push(s),
  );
  return { speech, states, reader };
}

describe('ReadAloud', () => {
  it('reads sentence by sentence, highlighting the one being read', () => {
    const { speech, reader } = setup();
    reader.toggle();
    expect(speech.spoken.map((u) => u.text)).toEqual(['First sentence here.']);
    expect(document.querySelector('mark.lede-speaking')?.textContent).toBe('First sentence here.');
    speech.finishCurrent();
    expect(document.querySelectorAll('mark.lede-speaking')).toHaveLength(1);
    expect(document.querySelector('mark.lede-speaking')?.textContent).toBe('Second one follows.');
    speech.finishCurrent();
    speech.finishCurrent();
    expect(speech.spoken.map((u) => u.text)).toEqual([
      'First sentence here.',
      'Second one follows.',
      'Third and last.',
    ]);
    expect(reader.state).toBe('idle');
    expect(document.querySelector('mark.lede-speaking')).toBeNull();
    expect(speech.spoken[0]!.lang).toBe('en');
  });

  it('pauses and resumes from the same button, and stops cleanly', () => {
    const { speech, states, reader } = setup();
    reader.toggle();
    reader.toggle();
    expect(speech.paused).toBe(true);
    reader.toggle();
    expect(speech.paused).toBe(false);
    expect(states).toEqual(['idle', 'speaking', 'paused', 'speaking']);
    reader.stop();
    expect(reader.state).toBe('idle');
    expect(speech.spoken).toHaveLength(1); // the cancelled utterance did not start the next one
    expect(document.body.textContent).toContain('First sentence here. Second one follows.');
  });
});

describe('hasVoice', () => {
  /** A voice list that fills in later, as Chromium's does, or never, as on a system with none. */
  function voices(initial: number) {
    const target = new EventTarget();
    let count = initial;
    return {
      getVoices: () => Array.from({ length: count }) as SpeechSynthesisVoice[],
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      arrive(n: number) {
        count = n;
        target.dispatchEvent(new Event('voiceschanged'));
      },
    };
  }

  it('answers at once when voices are listed', async () => {
    expect(await hasVoice(voices(2), 10_000)).toBe(true);
  });

  it('waits for voices listed late', async () => {
    const list = voices(0);
    const answer = hasVoice(list, 10_000);
    list.arrive(3);
    expect(await answer).toBe(true);
  });

  it('says there is none when no voice comes within the wait', async () => {
    vi.useFakeTimers();
    try {
      const answer = hasVoice(voices(0), 1000);
      vi.advanceTimersByTime(1000);
      expect(await answer).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
