// A React 19 page using the zwfw elements with typed JSX (the types come from the elements' manifest:
// `@zwfw/elements/react`). Search, then the chosen matter's guide, then its form, driven by React state from the
// elements' typed events. Built by `node scripts/build-sites.mjs`; served at /sites/react/ by `npm start`.
/// <reference types="@zwfw/elements/react" />
import '@zwfw/sdk/strict-csp'; // first: the page runs under a strict CSP with Trusted Types
import '@zwfw/elements/define';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const KEY = 'pk_demo_zwfw_local_0000000000000000';

function App() {
  const [matter, setMatter] = useState<{ code: string; name: string }>();
  const [applying, setApplying] = useState(false);
  return (
    <zwfw-provider base-url="/" publishable-key={KEY}>
      <h1>React 页面中的 zwfw 组件 · zwfw elements in React</h1>
      <p className="note">演示数据为示例，并非官方数据。Illustrative data, not official.</p>
      <zwfw-matter-search
        label="搜索事项"
        onzwfw-matter-select={(event) => {
          event.preventDefault(); // React shows the guide; no page change
          setMatter({ code: event.detail.code, name: event.detail.name });
          setApplying(false);
        }}
      />
      {matter === undefined ? (
        <p>选择一个事项查看办事指南。Choose a matter to see its guide.</p>
      ) : applying ? (
        <zwfw-form matterCode={matter.code} onzwfw-submit={(event) => setMatter({ code: matter.code, name: `${matter.name}（已提交 ${event.detail.case.caseNumber}）` })} />
      ) : (
        <zwfw-guide
          matterCode={matter.code}
          heading-level={2}
          onzwfw-start={(event) => {
            event.preventDefault(); // start the form in place
            setApplying(true);
          }}
        />
      )}
    </zwfw-provider>
  );
}

createRoot(document.getElementById('app')!).render(<StrictMode><App /></StrictMode>);
