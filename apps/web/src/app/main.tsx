import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProviders } from './providers';
import { router } from './router';
import './styles/shell.css';
import './styles/widgets.css';
import './styles/login.css';
import './styles/home.css';
import './styles/enterprises.css';
import './styles/reporting.css';
import './styles/economy.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
