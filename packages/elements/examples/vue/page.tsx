// A Vue 3 page using the zwfw elements with typed TSX (the types come from the elements' manifest:
// `@zwfw/elements/vue`). Search, then the chosen matter's guide, then its form, driven by Vue refs from the
// elements' typed events. Render functions, not runtime templates: Vue's template compiler needs eval, which the
// page's CSP forbids (precompiled single-file components are fine too). Built by `node scripts/build-sites.mjs`;
// served at /sites/vue/ by `npm start`.
/// <reference types="@zwfw/elements/vue" />
import '@zwfw/sdk/strict-csp'; // first: the page runs under a strict CSP with Trusted Types
import '@zwfw/elements/define';
import { createApp, defineComponent, ref } from 'vue';

const KEY = 'pk_demo_zwfw_local_0000000000000000';

const App = defineComponent(() => {
  const matter = ref<{ code: string; name: string }>();
  const applying = ref(false);
  return () => (
    <zwfw-provider base-url="/" publishable-key={KEY}>
      <h1>Vue 页面中的 zwfw 组件 · zwfw elements in Vue</h1>
      <p class="note">演示数据为示例，并非官方数据。Illustrative data, not official.</p>
      <zwfw-matter-search
        label="搜索事项"
        onZwfw-matter-select={(event) => {
          event.preventDefault(); // Vue shows the guide; no page change
          matter.value = { code: event.detail.code, name: event.detail.name };
          applying.value = false;
        }}
      />
      {matter.value === undefined ? (
        <p>选择一个事项查看办事指南。Choose a matter to see its guide.</p>
      ) : applying.value ? (
        <zwfw-form matterCode={matter.value.code} />
      ) : (
        <zwfw-guide
          matterCode={matter.value.code}
          heading-level={2}
          onZwfw-start={(event) => {
            event.preventDefault(); // start the form in place
            applying.value = true;
          }}
        />
      )}
    </zwfw-provider>
  );
});

createApp(App).mount('#app');
