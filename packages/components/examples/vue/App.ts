/**
 * Vue 3 with a Rendir element: tell the compiler that `rendir-*` tags are custom elements,
 * pass objects and arrays as properties with `.prop` (`:commitments.prop`), and listen to `rendir-*`
 * events with `@rendir-data-state`. With single-file components, set the same
 * `isCustomElement` in the Vue plugin's `template.compilerOptions`.
 */
import { computed, createApp, defineComponent, ref, type App as VueApp } from 'vue';
import type { Commitment } from '@rendir/core';
import type { DataStatus } from '@rendir/components';
// Registers the tag (skipped if a script tag on the page already did).
import '@rendir/components/define/rendir-commitment-card';

export const App = defineComponent({
  props: { commitment: { type: Object as () => Commitment, required: true } },
  setup(props) {
    const status = ref<DataStatus>('idle');
    // A stable array: a new one on every render would make the card reload every time.
    const commitments = computed(() => [props.commitment]);
    const onState = (event: CustomEvent<{ status: DataStatus }>) => {
      status.value = event.detail.status;
    };
    return { status, onState, commitments };
  },
  template: `
    <rendir-commitment-card lang="es" :commitment-id="commitment.id" :commitments.prop="commitments" @rendir-data-state="onState"></rendir-commitment-card>
    <p id="status">Estado: {{ status }}</p>
  `,
});

/** Mounts the example; `isCustomElement` keeps Vue from resolving `rendir-*` as components. */
export function mount(selector: string, commitment: Commitment): VueApp {
  const app = createApp(App, { commitment });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rendir-');
  app.mount(selector);
  return app;
}
